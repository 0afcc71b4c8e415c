package io.partnerflow.recruitment;

import java.util.List;

import io.partnerflow.committee.CommitteeOutcome;
import io.partnerflow.committee.CommitteeVoteProcess;

/** Names in the partner-recruitment model that Java and tests refer to. */
public final class RecruitmentProcess {

	public static final String KEY = io.partnerflow.system.ProcessKeys.RECRUITMENT;

	public static final String DECISION_SELECTION_CRITERIA = "selection-criteria";

	public static final String MESSAGE_APPLICATION_RECEIVED = "Message_ApplicationReceived";

	// variables
	public static final String RECRUITER = "recruiter";

	/** Who a partner's timeline names for what the recruitment did on its own (a decision table, a deadline). */
	public static final String SYSTEM_ACTOR = io.partnerflow.partner.PartnerService.SYSTEM_ACTOR;

	/** The partner's company: {@link io.partnerflow.partner.PartnerVariables#COMPANY}. */
	public static final String COMPANY = io.partnerflow.partner.PartnerVariables.COMPANY;

	/** The partner's reference: {@link io.partnerflow.partner.PartnerVariables#REFERENCE}. */
	public static final String REFERENCE = io.partnerflow.partner.PartnerVariables.REFERENCE;

	public static final String COUNTRY = "country";

	/** The category as the start form names it ("Reseller"). */
	public static final String CATEGORY = "category";

	public static final String MARKET = "market";

	/** The selection criteria's input beside the figures and the category: whether the market is a priority of the year's plan. */
	public static final String MARKET_PRIORITY = "marketPriority";

	public static final String ANNUAL_REVENUE = "annualRevenue";

	public static final String SALES_STAFF = "salesStaff";

	public static final String TECHNICAL_STAFF = "technicalStaff";

	public static final String COMPETING_SUPPLIERS = "competingSuppliers";

	/** The selection criteria's reason for the score ("strong candidate"), shown to the committee. */
	public static final String SELECTION_REASON = "selectionReason";

	public static final String ELIGIBLE = "eligible";

	public static final String INELIGIBILITY_REASON = "ineligibilityReason";

	public static final String SELECTION_SCORE = "selectionScore";

	public static final String CANDIDATE_INTERESTED = "candidateInterested";

	public static final String INTERESTED_YES = "YES";

	public static final String INTERESTED_NO = "NO";

	public static final String MEETING_DATE = "meetingDate";

	public static final String AVERAGE_DEAL_MARGIN = "averageDealMargin";

	public static final String EXPECTED_REVENUE_3_YEARS = "expectedRevenue3Years";

	public static final String EXPECTED_ROI = "expectedRoi";

	// the application file's answers: the fields of "Record application file", process variables only
	// until SaveApplicationFileDelegate has kept them in their table
	public static final String APPLICATION_MOTIVATION = "applicationMotivation";

	public static final String APPLICATION_ORGANISATION = "applicationOrganisation";

	public static final String APPLICATION_FIRST_CUSTOMERS = "applicationFirstCustomers";

	public static final String APPLICATION_STRATEGY = "applicationStrategy";

	public static final String APPLICATION_WHY_STRATEGIC = "applicationWhyStrategic";

	public static final String APPLICATION_PROSPECTS = "applicationProspects";

	public static final List<String> APPLICATION_FIELDS = List.of(APPLICATION_MOTIVATION, APPLICATION_ORGANISATION,
			APPLICATION_FIRST_CUSTOMERS, APPLICATION_STRATEGY, APPLICATION_WHY_STRATEGIC, APPLICATION_PROSPECTS);

	/** The committee's {@link CommitteeOutcome} (its name), out of the committee's vote: the gateway reads it. */
	public static final String COMMITTEE_OUTCOME = CommitteeVoteProcess.COMMITTEE_OUTCOME;

	public static final String COMMITTEE_REASONS = CommitteeVoteProcess.COMMITTEE_REASONS;

	public static final String OUTCOME_APPROVED = CommitteeOutcome.APPROVED.name();

	public static final String OUTCOME_REJECTED = CommitteeOutcome.REJECTED.name();

	public static final String CONTRACT_TYPE = "contractType";

	public static final String BUSINESS_PLAN_ANNEXED = "businessPlanAnnexed";

	public static final String CONTRACT_SIGNED_ON = "contractSignedOn";

	public static final String CONTRACT_SIGNED_AT = "contractSignedAt";

	/** The form of the approach task (its camunda:formRef). */
	/** The start form: a new candidate. */
	public static final String FORM_LIST_CANDIDATE = "partner-recruitment-list-candidate";

	public static final String FORM_APPROACH_CANDIDATE = "partner-recruitment-approach-candidate";

	/** The form of legal's signature task (its camunda:formRef). */
	public static final String FORM_SIGN_CONTRACT = "partner-recruitment-sign-contract";

	// element ids
	public static final String START_EVENT = "StartEvent_CandidateListed";

	public static final String REGISTER_CANDIDATE = "ServiceTask_RegisterCandidate";

	public static final String CHECK_SELECTION_CRITERIA = "ServiceTask_CheckSelectionCriteria";

	public static final String APPROACH_CANDIDATE = "UserTask_ApproachCandidate";

	public static final String RECORD_APPLICATION_FILE = "UserTask_RecordApplicationFile";

	public static final String APPLICATION_REMINDER_DUE = "BoundaryEvent_ApplicationReminderDue";

	public static final String APPLICATION_OVERDUE = "BoundaryEvent_ApplicationOverdue";

	public static final String COMMITTEE_VOTE = "CallActivity_CommitteeVote";

	public static final String SIGN_CONTRACT = "UserTask_SignContract";

	public static final String SIGNATURE_OVERDUE = "BoundaryEvent_SignatureOverdue";

	public static final String START_ONBOARDING_PLAN = "ServiceTask_StartOnboardingPlan";

	public static final String END_NOT_ELIGIBLE = "EndEvent_CandidateNotEligible";

	public static final String END_DECLINED = "EndEvent_CandidateDeclined";

	public static final String END_CANDIDATE_REMINDED = "EndEvent_CandidateReminded";

	public static final String END_APPLICATION_LAPSED = "EndEvent_ApplicationLapsed";

	public static final String END_APPLICATION_REJECTED = "EndEvent_ApplicationRejected";

	public static final String END_SIGNATURE_ESCALATED = "EndEvent_SignatureEscalated";

	public static final String END_PARTNER_SIGNED = "EndEvent_PartnerSigned";

	public static final String FLOW_CANDIDATE_ELIGIBLE_YES = "SequenceFlow_CandidateEligibleYes";

	public static final String FLOW_CANDIDATE_ELIGIBLE_NO = "SequenceFlow_CandidateEligibleNo";

	public static final String FLOW_CANDIDATE_INTERESTED_YES = "SequenceFlow_CandidateInterestedYes";

	public static final String FLOW_CANDIDATE_INTERESTED_NO = "SequenceFlow_CandidateInterestedNo";

	private RecruitmentProcess() {
	}

}
