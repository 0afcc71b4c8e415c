package io.partnerflow.onboarding;

import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The delays of the plan, all counted from the contract signature ({@code partnerflow.onboarding.*},
 * ISO-8601 periods such as {@code P100D} or {@code P6M}).
 * @param dayHundred when the plan ends and the recruiter reviews autonomy
 * @param firstReview when a partner without a deal is reviewed (extend or exit)
 * @param finalReview when an extended partner without a deal is reviewed again (exit or exception)
 * @param reviewDecisionWithin how long the manager has to decide, after the review date
 * @param exitConversationWithin how long the recruiter has to hold the exit conversation, after the review date
 * @param due the due date of each plan action, by action name (train-sales-people, train-technicians,
 * sign-business-plan, run-lead-campaign, support-first-visits, reach-integration-milestone, meet-partner-ceo,
 * review-autonomy: {@link PlanStep#key()})
 * @param autonomyReviewEvery how long after a review that found the partner not yet autonomous it is
 * reviewed again (bpmn/autonomy-review.bpmn), until it is or until it leaves
 * @param autonomyReviewWithin how long the recruiter has for each of those reviews
 */
@ConfigurationProperties("partnerflow.onboarding")
record OnboardingProperties(Period dayHundred, Period firstReview, Period finalReview, Period reviewDecisionWithin,
		Period exitConversationWithin, Map<String, Period> due, Period autonomyReviewEvery, Period autonomyReviewWithin) {

	OnboardingProperties {
		dayHundred = dayHundred == null ? Period.ofDays(100) : dayHundred;
		firstReview = firstReview == null ? Period.ofMonths(6) : firstReview;
		finalReview = finalReview == null ? Period.ofMonths(9) : finalReview;
		reviewDecisionWithin = reviewDecisionWithin == null ? Period.ofDays(14) : reviewDecisionWithin;
		exitConversationWithin = exitConversationWithin == null ? Period.ofMonths(1) : exitConversationWithin;
		due = due == null ? Map.of() : Map.copyOf(due);
		autonomyReviewEvery = autonomyReviewEvery == null ? Period.ofMonths(1) : autonomyReviewEvery;
		autonomyReviewWithin = autonomyReviewWithin == null ? Period.ofDays(7) : autonomyReviewWithin;
		if (autonomyReviewEvery.isZero() || autonomyReviewEvery.isNegative()) {
			throw new IllegalArgumentException("partnerflow.onboarding.autonomy-review-every must be a positive period, not "
					+ autonomyReviewEvery);
		}
	}

	/** The defaults, as in application.yaml; for process tests without Spring. */
	static OnboardingProperties defaults() {
		return new OnboardingProperties(null, null, null, null, null,
				Map.of("train-sales-people", Period.ofDays(45), "train-technicians", Period.ofDays(60),
						"sign-business-plan", Period.ofDays(30), "run-lead-campaign", Period.ofDays(75),
						"support-first-visits", Period.ofDays(90), "reach-integration-milestone", Period.ofDays(80),
						"meet-partner-ceo", Period.ofDays(45), "review-autonomy", Period.ofDays(107)),
				null, null);
	}

}
