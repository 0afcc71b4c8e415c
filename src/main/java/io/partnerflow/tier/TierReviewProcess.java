package io.partnerflow.tier;

import java.util.List;

import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.system.ProcessKeys;

/** The tier review's model ({@code bpmn/partner-tier-review.bpmn}): key, messages, variables and element ids. */
public final class TierReviewProcess {

	public static final String KEY = ProcessKeys.TIER_REVIEW;

	/** Who is reviewed on the schedule: the partners whose contract is signed and who have not left. */
	public static final List<PartnerStatus> REVIEWED = List.of(PartnerStatus.CONTRACT_SIGNED, PartnerStatus.ONBOARDING,
			PartnerStatus.EXIT_REVIEW, PartnerStatus.ACTIVE);

	// messages: each starts the review of one partner (business key: its reference)
	/** A deal of the partner was won (recorded through the API, the portal or a won registration). */
	public static final String MESSAGE_DEAL_WON = "Message_TierReviewDealWon";

	/** The scheduled review reached the partner. */
	public static final String MESSAGE_REVIEW_DUE = "Message_TierReviewDue";

	// variables
	/** Why this review runs, for the timeline: a won deal, the scheduled review. */
	public static final String VAR_OCCASION = "reviewOccasion";

	/** The schedule's walk through the partners: the id of the last partner whose review it started. */
	public static final String VAR_REVIEW_AFTER_ID = "reviewAfterId";

	/** The schedule's walk: whether partners may be left after the last batch. */
	public static final String VAR_MORE_PARTNERS = "morePartners";

	/** The schedule's walk: how many partners' reviews it started so far. */
	public static final String VAR_REVIEWS_STARTED = "reviewsStarted";

	/** The decision table's result, and the letter's new tier. */
	public static final String VAR_NEW_TIER = TierLetter.NEW_TIER;

	public static final String VAR_TIER_CHANGED = "tierChanged";

	public static final String OCCASION_DEAL_WON = "won deal";

	public static final String OCCASION_SCHEDULED = "scheduled review";

	// elements
	public static final String SCHEDULE_START = "StartEvent_ReviewScheduled";

	public static final String JOIN_NEXT_BATCH = "Gateway_NextBatch";

	public static final String START_REVIEWS = "ServiceTask_StartPartnerReviews";

	public static final String MORE_PARTNERS = "Gateway_MorePartners";

	public static final String END_REVIEWS_STARTED = "EndEvent_ReviewsStarted";

	public static final String DEAL_WON_START = "StartEvent_DealWon";

	public static final String REVIEW_DUE_START = "StartEvent_ReviewDue";

	public static final String JOIN_REVIEW = "Gateway_JoinReview";

	public static final String DETERMINE_TIER = "BusinessRuleTask_DeterminePartnerTier";

	public static final String RECORD_REVIEW = "ServiceTask_RecordTierReview";

	public static final String TIER_CHANGED = "Gateway_TierChanged";

	public static final String SEND_TIER_CHANGE = "ServiceTask_SendTierChange";

	public static final String END_TIER_CHANGED = "EndEvent_TierChanged";

	public static final String END_TIER_KEPT = "EndEvent_TierKept";

	/** The letter that explains a change of tier. */
	public static final String TEMPLATE = "partner-tier-changed";

	private TierReviewProcess() {
	}

}
