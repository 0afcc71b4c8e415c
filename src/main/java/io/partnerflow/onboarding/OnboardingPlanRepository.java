package io.partnerflow.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OnboardingPlanRepository extends JpaRepository<OnboardingPlan, Long> {

	/** In JPQL, whose SQL Hibernate keeps (see PartnerRepository): read at each step of the plan. */
	@Query("select o from OnboardingPlan o where o.partnerId = :partnerId")
	Optional<OnboardingPlan> findByPartnerId(@Param("partnerId") Long partnerId);

	/**
	 * Marks the plan's recurring autonomy reviews as started, unless they were: 1 when this call
	 * marked them, 0 when another had (the row's lock makes two nodes agree).
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update OnboardingPlan o set o.autonomyReviewsFrom = :now where o.partnerId = :partnerId and o.autonomyReviewsFrom is null")
	int markAutonomyReviewsStarted(@Param("partnerId") Long partnerId, @Param("now") Instant now);

	/**
	 * The references of the partners in these statuses reviewed at day 100 without being autonomous on
	 * both counts whose reviews were never started: the plans reviewed before the recurring review existed.
	 */
	@Query("select p.reference from OnboardingPlan o join Partner p on p.id = o.partnerId"
			+ " where o.autonomyReviewedAt is not null and o.autonomyReviewsFrom is null"
			+ " and (o.commerciallyAutonomous = false or o.technicallyAutonomous = false) and p.status in :statuses"
			+ " order by p.id")
	List<String> referencesReviewedWithoutAutonomyOrReviews(@Param("statuses") List<io.partnerflow.partner.PartnerStatus> statuses);

}
