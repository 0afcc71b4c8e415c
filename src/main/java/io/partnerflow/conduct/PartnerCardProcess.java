package io.partnerflow.conduct;

import io.partnerflow.exitreview.ExitReviewProcess;
import io.partnerflow.system.ProcessKeys;

/**
 * The model {@code partner-card}: one instance per card, under the partner's reference. The letter
 * goes to the partner's contact; a red card that opens a review calls the exit review (round
 * {@code redCard}) and waits for its decision.
 */
public final class PartnerCardProcess {

	public static final String KEY = ProcessKeys.PARTNER_CARD;

	// variables: the card's record id and what the letter and the review's form show of it
	public static final String VAR_CARD_ID = "cardId";

	/** {@code YELLOW} or {@code RED}. */
	public static final String VAR_CARD_COLOUR = "cardColour";

	public static final String VAR_CARD_REASON = "cardReason";

	/** The customer concerned, or an empty text. */
	public static final String VAR_CARD_CUSTOMER = "cardCustomer";

	/** The day the card was issued (UTC, ISO date). */
	public static final String VAR_CARD_ISSUED_ON = "cardIssuedOn";

	/** Whether this card opens the partner's exit review (a red card on a partner not in review yet). */
	public static final String VAR_CARD_REVIEW_OPENED = "cardReviewOpened";

	/** The period a second card is red within, in days, as the letter says it. */
	public static final String VAR_RED_WITHIN_DAYS = "redWithinDays";

	/** The user id of the manager who issued the card. */
	public static final String VAR_CARD_ISSUED_BY = ExitReviewProcess.VAR_CARD_ISSUED_BY;

	/** Every card of the partner, newest first, as the review's form shows them. */
	public static final String VAR_CARD_FACTS = ExitReviewProcess.VAR_CARD_FACTS;

	public static final String VAR_CONTRACT_SIGNED_AT = ExitReviewProcess.VAR_CONTRACT_SIGNED_AT;

	// elements
	public static final String START = "StartEvent_CardIssued";

	public static final String SEND_CARD_LETTER = "ServiceTask_SendCardLetter";

	public static final String OPENS_REVIEW = "Gateway_OpensExitReview";

	public static final String REVIEW_AFTER_RED_CARD = "CallActivity_ReviewAfterRedCard";

	public static final String END_CARD_SENT = "EndEvent_CardSent";

	public static final String END_PARTNERSHIP_REVIEWED = "EndEvent_PartnershipReviewed";

	private PartnerCardProcess() {
	}

}
