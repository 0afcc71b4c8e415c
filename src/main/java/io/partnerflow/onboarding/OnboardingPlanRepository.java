package io.partnerflow.onboarding;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OnboardingPlanRepository extends JpaRepository<OnboardingPlan, Long> {

	Optional<OnboardingPlan> findByPartnerId(Long partnerId);

}
