package io.partnerflow.exitreview;

import io.partnerflow.onboarding.OnboardingCalendar;
import io.partnerflow.onboarding.OnboardingProcess;

/**
 * The model {@code exit-review}: key, variables, element ids. Called by the 100-day plan at month 6 and 9,
 * and at once by a red card ({@code partner-card}): the variables it shares with the plan are the plan's ({@link OnboardingProcess}).
 */
public final class ExitReviewProcess {

	public static final String KEY = io.partnerflow.system.ProcessKeys.EXIT_REVIEW;

	// variables (in: contractSignedAt, reviewRound; out: reviewDecision)
	public static final String VAR_CONTRACT_SIGNED_AT = OnboardingProcess.VAR_CONTRACT_SIGNED_AT;

	/** {@code first} (month 6: extend or exit) or {@code final} (month 9: exit or exception). */
	public static final String VAR_REVIEW_ROUND = OnboardingProcess.VAR_REVIEW_ROUND;

	public static final String ROUND_FIRST = "first";

	public static final String ROUND_FINAL = "final";

	/** After a red card (issue 18): exit or exception, whatever the month. */
	public static final String ROUND_RED_CARD = OnboardingCalendar.ROUND_RED_CARD;

	// variables of a review after a red card (in, from the card's process partner-card)
	/** The red card's reason, named in the timeline when the review opens. */
	public static final String VAR_CARD_REASON = "cardReason";

	/** The manager who issued the red card, who opened the review. */
	public static final String VAR_CARD_ISSUED_BY = "cardIssuedBy";

	/** The partner's cards, newest first, as the decision's form shows them. */
	public static final String VAR_CARD_FACTS = "cardFacts";

	/** The partner's status when the review opened: an exception after a red card gives it back. */
	public static final String VAR_STATUS_BEFORE_REVIEW = "statusBeforeReview";

	public static final String VAR_REVIEW_DECISION = OnboardingProcess.VAR_REVIEW_DECISION;

	public static final String DECISION_EXTEND = "extend";

	public static final String DECISION_EXIT = "exit";

	public static final String DECISION_EXCEPTION = "exception";

	public static final String VAR_DECISION_REASON = "decisionReason";

	public static final String VAR_EXIT_CONVERSATION_ON = "exitConversationOn";

	public static final String VAR_EXIT_CONVERSATION_SUMMARY = "exitConversationSummary";

	public static final String VAR_RECRUITER = OnboardingProcess.VAR_RECRUITER;

	/** The partner's company, shown at the top of every form of the review. */
	public static final String VAR_COMPANY = io.partnerflow.partner.PartnerVariables.COMPANY;

	/** The partner's reference, shown at the top of every form of the review. */
	public static final String VAR_REFERENCE = io.partnerflow.partner.PartnerVariables.REFERENCE;

	public static final String VAR_TRAINING_FACTS = OnboardingProcess.VAR_TRAINING_FACTS;

	public static final String VAR_BUSINESS_PLAN_FACTS = OnboardingProcess.VAR_BUSINESS_PLAN_FACTS;

	public static final String VAR_LEAD_FACTS = OnboardingProcess.VAR_LEAD_FACTS;

	public static final String VAR_VISIT_FACTS = OnboardingProcess.VAR_VISIT_FACTS;

	public static final String VAR_MILESTONE_FACTS = OnboardingProcess.VAR_MILESTONE_FACTS;

	public static final String VAR_AUTONOMY_FACTS = OnboardingProcess.VAR_AUTONOMY_FACTS;

	public static final String VAR_DEAL_FACTS = OnboardingProcess.VAR_DEAL_FACTS;

	// elements
	public static final String START = "StartEvent_ReviewDue";

	public static final String OPEN_REVIEW = "ServiceTask_OpenExitReview";

	public static final String WHICH_REVIEW = "Gateway_WhichReview";

	public static final String REVIEW_PARTNERSHIP = "UserTask_ReviewPartnership";

	public static final String DECIDE_FINAL_EXIT = "UserTask_DecideFinalExit";

	public static final String DECIDE_EXIT_AFTER_RED_CARD = "UserTask_DecideExitAfterRedCard";

	public static final String EXTEND_PARTNERSHIP = "ServiceTask_ExtendPartnership";

	public static final String KEEP_BY_EXCEPTION = "ServiceTask_KeepPartnerByException";

	public static final String HOLD_EXIT_CONVERSATION = "UserTask_HoldExitConversation";

	public static final String TERMINATE_CONTRACT = "ServiceTask_TerminateContract";

	/** The partner's own letter: the contract is ended, with thanks and its recruiter to contact. */
	public static final String SEND_EXIT_LETTER = "ServiceTask_SendExitLetter";

	/** The internal notice to every department: stop passing leads, and the recruiter's notes of the conversation. */
	public static final String TELL_DEPARTMENTS = "ServiceTask_TellDepartmentsOfExit";

	public static final String END_EXTENDED = "EndEvent_PartnershipExtended";

	public static final String END_KEPT_BY_EXCEPTION = "EndEvent_PartnerKeptByException";

	public static final String END_EXITED = "EndEvent_PartnerExited";

	private ExitReviewProcess() {
	}

}
