package io.partnerflow.system;

/**
 * The keys of PartnerFlow's process models (process id = file name). They belong to the shared
 * kernel because the access set-up names every model; each process's constants class refers to its
 * own ({@code RecruitmentProcess.KEY}).
 */
public final class ProcessKeys {

	public static final String RECRUITMENT = "partner-recruitment";

	public static final String COMMITTEE_VOTE = "committee-vote";

	public static final String ONBOARDING = "partner-onboarding";

	public static final String EXIT_REVIEW = "exit-review";

	public static final String DEAL_REGISTRATION = "deal-registration";

	public static final String KPI_REPORT = "kpi-report";

	public static final String RECRUITMENT_PLAN = "recruitment-plan";

	public static final String TIER_REVIEW = "partner-tier-review";

	public static final String AUTONOMY_REVIEW = "autonomy-review";

	public static final String PARTNER_CARD = "partner-card";

	public static final String LEAD_DISTRIBUTION = "lead-distribution";

	private ProcessKeys() {
	}

}
