package io.partnerflow.onboarding;

import org.springframework.stereotype.Component;

/**
 * The inputs of the tier decision table, read from the partner and its plan when the decision runs:
 * {@code ${partnerTierInputs.certifiedSalesPeople(execution.processBusinessKey)}} in the model.
 */
@Component("partnerTierInputs")
public class PartnerTierInputs {

	private final OnboardingPlanService plans;

	PartnerTierInputs(OnboardingPlanService plans) {
		this.plans = plans;
	}

	public int certifiedSalesPeople(String reference) {
		Integer certified = plans.facts(reference).salesPeopleCertified();
		return certified == null ? 0 : certified;
	}

	public int certifiedTechnicians(String reference) {
		Integer certified = plans.facts(reference).techniciansCertified();
		return certified == null ? 0 : certified;
	}

	public long yearlyRevenue(String reference) {
		return plans.yearlyRevenue(reference);
	}

}
