package io.partnerflow.recruitmentplan;

import io.partnerflow.system.ProcessKeys;

/** The annual recruitment plan's model ({@code bpmn/recruitment-plan.bpmn}): key, variables, elements. */
public final class RecruitmentPlanProcess {

	public static final String KEY = ProcessKeys.RECRUITMENT_PLAN;

	/** The plan's year: the start form's only field, then the instance's; the business key is {@code RP-<year>}. */
	public static final String PLAN_YEAR = "planYear";

	/** The plan in a few lines, shown (read only) on each task's form. */
	public static final String PLAN_SUMMARY = "planSummary";

	/** The progress against the plan, shown on the monthly review. */
	public static final String PLAN_PROGRESS = "planProgress";

	/** The leadership's answer: {@link #APPROVE} or {@link #SEND_BACK}. */
	public static final String PLAN_DECISION = "planDecision";

	public static final String APPROVE = "approve";

	public static final String SEND_BACK = "sendBack";

	/** The leadership's comment; required to send back. */
	public static final String PLAN_COMMENT = "planComment";

	/** Whether the plan was approved, for the gateway. */
	public static final String PLAN_APPROVED = "planApproved";

	/** The managers' notes of a monthly review. */
	public static final String REVIEW_NOTES = "reviewNotes";

	public static final String FORM_OPEN_PLAN = "recruitment-plan-open-plan";

	public static final String FORM_DRAW_UP_PLAN = "recruitment-plan-draw-up-plan";

	public static final String FORM_APPROVE_PLAN = "recruitment-plan-approve-plan";

	public static final String FORM_REVIEW_PROGRESS = "recruitment-plan-review-progress";

	public static final String START = "StartEvent_PlanYearOpened";

	public static final String OPEN_PLAN = "ServiceTask_OpenPlan";

	public static final String DRAW_UP_PLAN = "UserTask_DrawUpPlan";

	public static final String APPROVE_PLAN = "UserTask_ApprovePlan";

	public static final String PLAN_APPROVED_GATEWAY = "Gateway_PlanApproved";

	public static final String REVIEW_DUE = "TimerEvent_MonthlyReviewDue";

	public static final String REVIEW_PROGRESS = "UserTask_ReviewPlanProgress";

	public static final String YEAR_OVER_GATEWAY = "Gateway_PlanYearOver";

	public static final String END_YEAR_CLOSED = "EndEvent_PlanYearClosed";

	private RecruitmentPlanProcess() {
	}

}
