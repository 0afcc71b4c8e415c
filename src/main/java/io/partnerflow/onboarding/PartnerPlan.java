package io.partnerflow.onboarding;

import java.time.Instant;
import java.util.List;

/**
 * A partner's 100-day plan as the partner follows it: each action, which of our teams does it with
 * the partner, when it is due and whether it is done; the dates of its reviews. Read by the partner
 * portal through {@link OnboardingPlanService#partnerPlan}.
 * @param contractSignedAt when the plan started
 * @param actions the plan's actions, by due date
 * @param dayHundred the plan's review of autonomy
 * @param monthSix the check-point of a partner without a deal (extend or exit)
 * @param monthNine the last review of an extended partner without a deal
 */
public record PartnerPlan(Instant contractSignedAt, List<Action> actions, Instant dayHundred, Instant monthSix,
		Instant monthNine) {

	/**
	 * One action of the plan.
	 * @param name its name in the configuration, such as {@code train-sales-people}
	 * @param team the group of ours that does it with the partner
	 * @param due when it is due
	 * @param done whether it is recorded as done
	 */
	public record Action(String name, String team, Instant due, boolean done) {
	}

}
