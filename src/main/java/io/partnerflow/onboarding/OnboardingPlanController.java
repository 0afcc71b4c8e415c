package io.partnerflow.onboarding;

import io.partnerflow.system.Groups;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The record of a partner's 100-day plan: recruiters and managers. */
@RestController
@PreAuthorize(Groups.RECRUITERS_OR_MANAGERS)
class OnboardingPlanController {

	private final OnboardingPlanService plans;

	OnboardingPlanController(OnboardingPlanService plans) {
		this.plans = plans;
	}

	@GetMapping("/api/partners/{reference}/onboarding-plan")
	PlanFacts plan(@PathVariable String reference) {
		return plans.facts(reference);
	}

}
