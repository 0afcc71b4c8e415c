package io.partnerflow.onboarding;

/** The 100-day plan model {@code partner-onboarding}: key, variables, element ids and messages. */
public final class OnboardingProcess {

	public static final String KEY = io.partnerflow.system.ProcessKeys.ONBOARDING;

	public static final String DECISION_TIER = "partner-tier";

	/**
	 * Which steps a partner's plan has, from its contract type and whether it is strategic
	 * ({@code bpmn/onboarding-plan.dmn}, which managers edit: it requires {@link #DECISION_STRATEGIC}).
	 */
	public static final String DECISION_PLAN = "onboarding-plan";

	/** What makes a partner strategic (its CEO meets ours): the second table of {@code onboarding-plan.dmn}. */
	public static final String DECISION_STRATEGIC = "strategic-partner";

	// variables
	/** java.util.Date given by the starter: every deadline of the plan counts from it. */
	public static final String VAR_CONTRACT_SIGNED_AT = "contractSignedAt";

	public static final String VAR_FIRST_DEAL_SIGNED = "firstDealSigned";

	/**
	 * The contract's type (RESALE, ALLIANCE, REFERRAL, WHITE_LABEL, OEM) legal chose when signing,
	 * given by the starter under the recruitment's own name ({@code RecruitmentProcess.CONTRACT_TYPE});
	 * absent for a plan started without it (the standard plan).
	 */
	public static final String VAR_CONTRACT_TYPE = "contractType";

	/** The plan decision's outputs, which "Open 100-day plan" records on the plan: its steps are the record's. */
	public static final String VAR_TECHNICAL_TRAINING = "technicalTraining";

	public static final String VAR_INTEGRATION_MILESTONE = "integrationMilestone";

	public static final String VAR_CEO_MEETING = "ceoMeeting";

	public static final String VAR_RECRUITER = "recruiter";

	/** The partner's company, shown at the top of every form of the plan. */
	public static final String VAR_COMPANY = io.partnerflow.partner.PartnerVariables.COMPANY;

	/** The partner's reference, shown at the top of every form of the plan. */
	public static final String VAR_REFERENCE = io.partnerflow.partner.PartnerVariables.REFERENCE;

	public static final String VAR_DAY_HUNDRED_ON = "dayHundredOn";

	public static final String VAR_MONTH_SIX_ON = "monthSixOn";

	public static final String VAR_SALES_PEOPLE_TRAINED = "salesPeopleTrained";

	public static final String VAR_SALES_PEOPLE_CERTIFIED = "salesPeopleCertified";

	public static final String VAR_TECHNICIANS_TRAINED = "techniciansTrained";

	public static final String VAR_TECHNICIANS_CERTIFIED = "techniciansCertified";

	public static final String VAR_YEARLY_REVENUE = "yearlyRevenue";

	public static final String VAR_CERTIFIED_SALES_PEOPLE = "certifiedSalesPeople";

	public static final String VAR_CERTIFIED_TECHNICIANS = "certifiedTechnicians";

	public static final String VAR_NEW_TIER = "newTier";

	public static final String VAR_TIER_CHANGED = "tierChanged";

	public static final String VAR_BUSINESS_PLAN_SIGNED_ON = "businessPlanSignedOn";

	public static final String VAR_YEARLY_OBJECTIVES = "yearlyObjectives";

	public static final String VAR_MEANS_TO_REACH_THEM = "meansToReachThem";


	public static final String VAR_CAMPAIGN_SUMMARY = "campaignSummary";

	public static final String VAR_CUSTOMER_VISITS_DONE = "customerVisitsDone";

	public static final String VAR_VISITS_SUMMARY = "visitsSummary";

	public static final String VAR_INTEGRATION_MILESTONE_REACHED_ON = "integrationMilestoneReachedOn";

	public static final String VAR_INTEGRATION_SUMMARY = "integrationSummary";

	public static final String VAR_CEO_MEETING_HELD_ON = "ceoMeetingHeldOn";

	public static final String VAR_CEO_MEETING_SUMMARY = "ceoMeetingSummary";

	public static final String VAR_COMMERCIALLY_AUTONOMOUS = "commerciallyAutonomous";

	public static final String VAR_COMMERCIAL_AUTONOMY_COMMENT = "commercialAutonomyComment";

	public static final String VAR_TECHNICALLY_AUTONOMOUS = "technicallyAutonomous";

	public static final String VAR_TECHNICAL_AUTONOMY_COMMENT = "technicalAutonomyComment";

	/** What the plan achieved, as read-only fields of the day-100 and exit review forms ({@link PlanFacts}). */
	public static final String VAR_TRAINING_FACTS = "trainingFacts";

	public static final String VAR_BUSINESS_PLAN_FACTS = "businessPlanFacts";

	public static final String VAR_LEAD_FACTS = "leadFacts";

	public static final String VAR_VISIT_FACTS = "visitFacts";

	/** The integration milestone and the CEO meeting: done, to do, or not part of this plan. */
	public static final String VAR_MILESTONE_FACTS = "milestoneFacts";

	public static final String VAR_AUTONOMY_FACTS = "autonomyFacts";

	public static final String VAR_DEAL_FACTS = "dealFacts";

	/** Set by the exit review ({@code exit-review}, which the plan calls), read by the plan: extend, exit or exception. */
	public static final String VAR_REVIEW_DECISION = "reviewDecision";

	public static final String VAR_REVIEW_ROUND = "reviewRound";

	// messages
	public static final String MESSAGE_DEAL_WON = "Message_DealWon";

	// elements
	public static final String START = "StartEvent_ContractSigned";

	public static final String DECIDE_PLAN_STEPS = "BusinessRuleTask_DecidePlanSteps";

	public static final String OPEN_PLAN = "ServiceTask_OpenOnboardingPlan";

	public static final String SEND_WELCOME = "ServiceTask_SendPlanWelcome";

	public static final String PLAN = "SubProcess_HundredDayPlan";

	public static final String TRAIN_SALES_PEOPLE = "UserTask_TrainSalesPeople";

	public static final String TRAIN_TECHNICIANS = "UserTask_TrainTechnicians";

	public static final String TECHNICAL_TRAINING_IN_PLAN = "Gateway_TechnicalTrainingInPlan";

	public static final String NO_TECHNICAL_TRAINING = "EndEvent_NoTechnicalTraining";

	public static final String INTEGRATION_MILESTONE_IN_PLAN = "Gateway_IntegrationMilestoneInPlan";

	public static final String REACH_INTEGRATION_MILESTONE = "UserTask_ReachIntegrationMilestone";

	public static final String INTEGRATION_MILESTONE_REACHED = "EndEvent_IntegrationMilestoneReached";

	public static final String NO_INTEGRATION_MILESTONE = "EndEvent_NoIntegrationMilestone";

	public static final String CEO_MEETING_IN_PLAN = "Gateway_CeoMeetingInPlan";

	public static final String MEET_PARTNER_CEO = "UserTask_MeetPartnerCeo";

	public static final String CEOS_MET = "EndEvent_CeosMet";

	public static final String NO_CEO_MEETING = "EndEvent_NoCeoMeeting";

	public static final String SIGN_BUSINESS_PLAN = "UserTask_SignBusinessPlan";

	public static final String RUN_LEAD_CAMPAIGN = "UserTask_RunLeadCampaign";

	public static final String SUPPORT_FIRST_VISITS = "UserTask_SupportFirstVisits";

	public static final String DETERMINE_TIER = "BusinessRuleTask_DeterminePartnerTier";

	public static final String RECORD_TIER = "ServiceTask_RecordPartnerTier";

	public static final String SEND_TIER_CHANGE = "ServiceTask_SendTierChange";

	public static final String DAY_HUNDRED = "TimerEvent_DayHundredReached";

	public static final String REVIEW_AUTONOMY = "UserTask_ReviewAutonomy";

	/** After the day-100 review: is the partner autonomous on both counts, or are reviews to follow? */
	public static final String AUTONOMY_REACHED_AT_DAY_HUNDRED = "Gateway_AutonomyReachedAtDayHundred";

	public static final String END_PLAN_REVIEWED = "EndEvent_PlanReviewed";

	public static final String SCHEDULE_AUTONOMY_REVIEWS = "ServiceTask_ScheduleAutonomyReviews";

	public static final String END_AUTONOMY_REVIEWS_SCHEDULED = "EndEvent_AutonomyReviewsScheduled";

	/** The recurring autonomy review (bpmn/autonomy-review.bpmn), one instance a partner, its reference as business key. */
	public static final String AUTONOMY_REVIEW_KEY = io.partnerflow.system.ProcessKeys.AUTONOMY_REVIEW;

	/** Starts a partner's recurring autonomy reviews. */
	public static final String MESSAGE_AUTONOMY_STILL_TO_REACH = "Message_AutonomyStillToReach";

	/** Ends them: the partner left the network. */
	public static final String MESSAGE_AUTONOMY_PARTNER_EXITED = "Message_AutonomyPartnerExited";

	public static final String NEXT_AUTONOMY_REVIEW = "TimerEvent_NextAutonomyReviewDue";

	public static final String REVIEW_AUTONOMY_AGAIN = "UserTask_ReviewAutonomyAgain";

	public static final String AUTONOMY_REACHED = "Gateway_AutonomyReached";

	public static final String END_PARTNER_AUTONOMOUS = "EndEvent_PartnerAutonomous";

	public static final String END_AUTONOMY_PARTNER_LEFT = "EndEvent_AutonomyReviewsEnded";

	public static final String FIRST_DEAL_DURING_PLAN = "BoundaryEvent_FirstDealDuringPlan";

	public static final String ANNOUNCE_FIRST_DEAL = "ServiceTask_AnnounceFirstDeal";

	public static final String FIRST_DEAL_SIGNED = "Gateway_FirstDealSigned";

	public static final String WAITING_UNTIL_MONTH_SIX = "Gateway_WaitingForDealUntilMonthSix";

	public static final String FIRST_DEAL_BEFORE_MONTH_SIX = "MessageEvent_FirstDealBeforeMonthSix";

	public static final String MONTH_SIX = "TimerEvent_MonthSixReached";

	public static final String FIRST_REVIEW = "CallActivity_ReviewAtMonthSix";

	public static final String FIRST_DEAL_DURING_FIRST_REVIEW = "BoundaryEvent_FirstDealDuringFirstReview";

	public static final String WAITING_UNTIL_MONTH_NINE = "Gateway_WaitingForDealUntilMonthNine";

	public static final String FIRST_DEAL_BEFORE_MONTH_NINE = "MessageEvent_FirstDealBeforeMonthNine";

	public static final String MONTH_NINE = "TimerEvent_MonthNineReached";

	public static final String FINAL_REVIEW = "CallActivity_FinalReviewAtMonthNine";

	public static final String FIRST_DEAL_DURING_FINAL_REVIEW = "BoundaryEvent_FirstDealDuringFinalReview";

	public static final String ACTIVATE_PARTNER = "ServiceTask_ActivatePartner";

	public static final String SEND_PARTNER_ACTIVE = "ServiceTask_SendPartnerActive";

	public static final String END_PARTNER_ACTIVE = "EndEvent_PartnerActive";

	public static final String END_PARTNER_EXITED = "EndEvent_PartnerExited";

	public static final String END_KEPT_BY_EXCEPTION = "EndEvent_PartnerKeptByException";

	private OnboardingProcess() {
	}

}
