package io.partnerflow.onboarding;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import io.partnerflow.system.Groups;

/**
 * The steps a 100-day plan can have, each with its name (the due-date setting
 * {@code partnerflow.onboarding.due.<name>}, the portal's texts, the gateways of the model) and the
 * team of ours that does it with the partner. Every plan has the joint business plan; which of the
 * others a plan has is the plan decision's ({@code onboarding-plan}), recorded on the plan.
 */
public enum PlanStep {

	TRAIN_SALES_PEOPLE("train-sales-people", Groups.TRAINING),

	TRAIN_TECHNICIANS("train-technicians", Groups.TRAINING),

	SIGN_BUSINESS_PLAN("sign-business-plan", Groups.RECRUITERS),

	RUN_LEAD_CAMPAIGN("run-lead-campaign", Groups.MARKETING),

	SUPPORT_FIRST_VISITS("support-first-visits", Groups.SALES),

	REACH_INTEGRATION_MILESTONE("reach-integration-milestone", Groups.TRAINING),

	MEET_PARTNER_CEO("meet-partner-ceo", Groups.LEADERSHIP),

	REVIEW_AUTONOMY("review-autonomy", Groups.RECRUITERS);

	/** The steps of a plan whose steps were never decided: the plan as it was before the decision (model version 1). */
	static final Set<PlanStep> STANDARD = EnumSet.of(TRAIN_SALES_PEOPLE, TRAIN_TECHNICIANS, SIGN_BUSINESS_PLAN,
			RUN_LEAD_CAMPAIGN, SUPPORT_FIRST_VISITS, REVIEW_AUTONOMY);

	private final String key;

	private final String team;

	PlanStep(String key, String team) {
		this.key = key;
		this.team = team;
	}

	/** Its name, such as {@code train-technicians}. */
	public String key() {
		return key;
	}

	/** The group of ours that does it with the partner. */
	public String team() {
		return team;
	}

	static Optional<PlanStep> ofKey(String key) {
		return Arrays.stream(values()).filter(step -> step.key.equals(key)).findFirst();
	}

}
