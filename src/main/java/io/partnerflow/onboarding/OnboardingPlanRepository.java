package io.partnerflow.onboarding;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.Query;

interface OnboardingPlanRepository extends JpaRepository<OnboardingPlan, Long> {

	/** In JPQL, whose SQL Hibernate keeps (see PartnerRepository): read at each step of the plan. */
	@Query("select o from OnboardingPlan o where o.partnerId = :partnerId")
	Optional<OnboardingPlan> findByPartnerId(@Param("partnerId") Long partnerId);

}
