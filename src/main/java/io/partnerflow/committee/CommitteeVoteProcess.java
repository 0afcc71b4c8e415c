package io.partnerflow.committee;

/** The committee-vote model: its key, variables and element ids, for Java code and tests. */
public final class CommitteeVoteProcess {

	public static final String KEY = io.partnerflow.system.ProcessKeys.COMMITTEE_VOTE;

	// The application file's answers: never process variables. Task-local on each ballot (the vote, the
	// chair's decision) and local to each invitation, read from its table when they are created
	// (CommitteeApplicationFile)
	public static final String APPLICATION_MOTIVATION = "applicationMotivation";

	public static final String APPLICATION_ORGANISATION = "applicationOrganisation";

	public static final String APPLICATION_FIRST_CUSTOMERS = "applicationFirstCustomers";

	public static final String APPLICATION_STRATEGY = "applicationStrategy";

	public static final String APPLICATION_WHY_STRATEGIC = "applicationWhyStrategic";

	public static final String APPLICATION_PROSPECTS = "applicationProspects";

	// Variables in (set by the caller)
	public static final String SELECTION_SCORE = "selectionScore";

	/** The selection criteria's reason for the score. */
	public static final String SELECTION_REASON = "selectionReason";

	// The candidate's figures: never process variables. Task-local on each ballot, read from the
	// partner when it is created (CandidateFiguresListener)
	public static final String COUNTRY = "country";

	public static final String CATEGORY = "category";

	public static final String MARKET = "market";

	public static final String ANNUAL_REVENUE = "annualRevenue";

	public static final String SALES_STAFF = "salesStaff";

	public static final String TECHNICAL_STAFF = "technicalStaff";

	// The approach's value proposition, as the recruiter recorded it (variables in)
	public static final String MEETING_DATE = "meetingDate";

	public static final String AVERAGE_DEAL_MARGIN = "averageDealMargin";

	public static final String EXPECTED_ROI = "expectedRoi";

	public static final String EXPECTED_REVENUE_3_YEARS = "expectedRevenue3Years";

	/** Optional: the group convened, {@code committee} unless given. */
	public static final String COMMITTEE_GROUP = "committeeGroup";

	// Variables out (mapped back by the caller)
	/** {@link #APPROVED} or {@link #REJECTED}. */
	public static final String COMMITTEE_OUTCOME = "committeeOutcome";

	/** The comments that carried the decision. */
	public static final String COMMITTEE_REASONS = "committeeReasons";

	// Variables of the vote
	public static final String COMMITTEE_MEMBERS = "committeeMembers";

	public static final String MEMBER = "member";

	public static final String REMINDER_DATE = "reminderDate";

	public static final String VOTE_DEADLINE = "voteDeadline";

	public static final String QUORUM = "quorum";

	public static final String MAJORITY = "majority";

	/** Task-local form field of the vote task: APPROVE, REJECT or ABSTAIN. */
	public static final String VOTE = "vote";

	/** Task-local form field of the vote task. */
	public static final String VOTE_COMMENT = "voteComment";

	/** Result of the count: APPROVED, REJECTED, TIE or NO_QUORUM. */
	public static final String VOTE_RESULT = "voteResult";

	public static final String CHAIR_DECISION = "chairDecision";

	public static final String CHAIR_COMMENT = "chairComment";

	/** The chair's decision and the committee's outcome: {@link CommitteeOutcome}'s names. */
	public static final String APPROVED = CommitteeOutcome.APPROVED.name();

	public static final String REJECTED = CommitteeOutcome.REJECTED.name();

	// Element ids
	public static final String START_EVENT = "StartEvent_ApplicationFileSubmitted";

	public static final String CONVENE_COMMITTEE = "ServiceTask_ConveneCommittee";

	public static final String INVITE_MEMBERS = "ServiceTask_InviteMembers";

	public static final String CAST_VOTE = "UserTask_CastVote";

	public static final String REMINDER_DUE = "BoundaryEvent_ReminderDue";

	public static final String REMIND_MEMBERS = "ServiceTask_RemindMembers";

	public static final String VOTE_DEADLINE_PASSED = "BoundaryEvent_VoteDeadlinePassed";

	public static final String COUNT_VOTES = "ServiceTask_CountVotes";

	public static final String DECIDE_AS_CHAIR = "UserTask_DecideAsChair";

	public static final String RECORD_OUTCOME = "ServiceTask_RecordOutcome";

	public static final String NOTIFY_RECRUITER = "ServiceTask_NotifyRecruiter";

	/** The recruiter writes the reasons the rejected candidate reads. */
	public static final String WRITE_TO_REJECTED_CANDIDATE = "UserTask_WriteToRejectedCandidate";

	/** The reasons for the candidate, written by its recruiter: the only text of the rejection letter. */
	public static final String REJECTION_LETTER = "rejectionLetter";

	/** The candidate's company, passed in by the recruitment: every form of the vote names it. */
	public static final String COMPANY = io.partnerflow.partner.PartnerVariables.COMPANY;

	/** The candidate's reference, the vote's business key, set when the committee is convened. */
	public static final String REFERENCE = io.partnerflow.partner.PartnerVariables.REFERENCE;

	/** The partner's recruiter, passed in by the recruitment: writes the rejection letter. */
	public static final String RECRUITER = "recruiter";

	public static final String NOTIFY_CANDIDATE = "ServiceTask_NotifyCandidateOfRejection";

	public static final String END_APPROVED = "EndEvent_ApplicationApproved";

	public static final String END_REJECTED = "EndEvent_ApplicationRejected";

	public static final String END_MEMBERS_REMINDED = "EndEvent_MembersReminded";

	private CommitteeVoteProcess() {
	}

}
