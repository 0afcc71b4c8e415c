package io.partnerflow.tier;

import io.partnerflow.tier.TierFigures.Figures;
import io.partnerflow.tier.TierReviews.Review;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.tier.TierReviewProcess.*;

/**
 * Records the review of one partner's tier: the tier the decision table gave for the figures it was
 * given (the step before keeps them as variables), in the timeline, and the partner's tier when it
 * differs; says whether it changed and, if so, gives the letter its variables.
 */
@Component
class RecordTierReviewDelegate implements JavaDelegate {

	private final TierReviews reviews;

	RecordTierReviewDelegate(TierReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Figures figures = new Figures(number(execution, TierRules.YEARLY_REVENUE),
				Math.toIntExact(number(execution, TierRules.CERTIFIED_SALES_PEOPLE)),
				Math.toIntExact(number(execution, TierRules.CERTIFIED_TECHNICIANS)));
		Object occasion = execution.getVariable(VAR_OCCASION);
		Review review = reviews.record(execution.getProcessBusinessKey(), (String) execution.getVariable(VAR_NEW_TIER),
				figures, occasion == null ? OCCASION_SCHEDULED : occasion.toString());
		execution.setVariable(VAR_TIER_CHANGED, review.changed());
		execution.setVariables(review.letter());
	}

	private static long number(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		if (!(value instanceof Number number)) {
			throw new IllegalStateException("The tier review has no figure " + name);
		}
		return number.longValue();
	}

}
