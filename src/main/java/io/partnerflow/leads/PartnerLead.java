package io.partnerflow.leads;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.partnerflow.dealregistration.DealRegistrationStatus;
import io.partnerflow.partner.PartnerCategory;

/**
 * A lead as the partner it was offered to sees it: the customer's project, what the partner must do
 * and by when, and how its own offer stands. An offer that ended without the partner (declined, not
 * answered, taken back) shows no more of the lead: where a lead went next is not the partner's business.
 *
 * @param reference the lead's reference, which the partner names to act on it
 * @param offer how this partner's offer stands (OPEN: to accept or decline by {@code respondBy})
 * @param progress the last progress the partner reported, on a lead it holds or won or lost
 * @param nextUpdateDueAt when the partner's next report is due, on a lead it follows
 * @param dealRegistrationId the partner's deal registration of the lead's project, once it made an offer
 * @param dealRegistrationStatus where that registration stands (a lead is won once it is approved)
 * @param presalesAsked whether the partner asked pre-sales for help and it is not given yet
 */
public record PartnerLead(String reference, String customerCompany, String customerCountry, String project, String market,
		PartnerCategory category, BigDecimal estimatedValue, String source, Instant offeredAt, Instant respondBy,
		OfferOutcome offer, LeadProgress progress, Instant nextUpdateDueAt, Long dealRegistrationId,
		DealRegistrationStatus dealRegistrationStatus, boolean presalesAsked, BigDecimal wonAmount, LocalDate wonSignedOn,
		String lostReason) {

	/** Whether the partner has it to accept or decline now. */
	public boolean toAnswer() {
		return offer == OfferOutcome.OPEN;
	}

	/** Whether the partner follows it now: it reports progress, wins or loses it, asks for pre-sales help. */
	public boolean following() {
		return offer == OfferOutcome.ACCEPTED;
	}

	/** Whether the lead can be won now: the deal registration of its offer is approved. */
	public boolean canBeWon() {
		return following() && dealRegistrationStatus == DealRegistrationStatus.APPROVED;
	}

}
