package io.partnerflow.onboarding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OnboardingPlanRepository extends JpaRepository<OnboardingPlan, Long> {

	Optional<OnboardingPlan> findByPartnerId(Long partnerId);

	@Query("""
			select new io.partnerflow.onboarding.AutonomyRecord(p.reference, o.contractSignedAt,
			       o.commerciallyAutonomousAt, o.technicallyAutonomousAt)
			from OnboardingPlan o, io.partnerflow.partner.Partner p
			where p.id = o.partnerId
			order by o.id""")
	List<AutonomyRecord> autonomyRecords();

}
