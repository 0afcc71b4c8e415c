package io.partnerflow.onboarding;

import io.partnerflow.tier.TierFigures;
import io.partnerflow.tier.TierFigures.Figures;
import io.partnerflow.tier.TierReviews;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.onboarding.OnboardingProcess.VAR_CERTIFIED_SALES_PEOPLE;
import static io.partnerflow.onboarding.OnboardingProcess.VAR_CERTIFIED_TECHNICIANS;
import static io.partnerflow.onboarding.OnboardingProcess.VAR_NEW_TIER;
import static io.partnerflow.onboarding.OnboardingProcess.VAR_TIER_CHANGED;

/**
 * Records the tier the decision table gave after a training, as every review of the tier is recorded
 * ({@link TierReviews}: the timeline line with the figures, the tier when it differs); says whether
 * it changed and gives the letter of a change its variables.
 */
@Component
class RecordPartnerTierDelegate implements JavaDelegate {

	private final TierReviews reviews;

	private final TierFigures figures;

	RecordPartnerTierDelegate(TierReviews reviews, TierFigures figures) {
		this.reviews = reviews;
		this.figures = figures;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = execution.getProcessBusinessKey();
		String tier = (String) execution.getVariable(VAR_NEW_TIER);
		if (tier == null) {
			execution.setVariable(VAR_TIER_CHANGED, false);
			return;
		}
		// the counts the table was given (the model keeps them); the revenue as it is now
		Figures given = new Figures(figures.yearlyRevenue(reference),
				count(execution.getVariable(VAR_CERTIFIED_SALES_PEOPLE), figures.certifiedSalesPeople(reference)),
				count(execution.getVariable(VAR_CERTIFIED_TECHNICIANS), figures.certifiedTechnicians(reference)));
		TierReviews.Review review = reviews.record(reference, tier, given, "after training, 100-day plan");
		execution.setVariable(VAR_TIER_CHANGED, review.changed());
		execution.setVariables(review.letter());
	}

	private static int count(Object given, int now) {
		return given instanceof Number number ? number.intValue() : now;
	}

}
