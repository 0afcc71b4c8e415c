package io.partnerflow.leads;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A lead offered to one partner: its score and the routing's reason, whether the lead cell took the
 * partner proposed or picked another, when it must answer, and how the offer ended. One per lead and
 * partner (a unique key): a lead never goes back to a partner that had it.
 */
@Entity
@Table(name = "lead_offer")
public class LeadOffer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "lead_id", nullable = false, updatable = false)
	private Long leadId;

	@Column(nullable = false, updatable = false)
	private String partnerReference;

	private int score;

	private String reason;

	/** Whether it was the partner the routing proposed (else the cell picked it among the eligible ones). */
	private boolean proposed;

	private String chosenBy;

	private Instant offeredAt;

	private Instant respondBy;

	@Enumerated(EnumType.STRING)
	private OfferOutcome outcome;

	private Instant answeredAt;

	private String declineReason;

	private Instant closedAt;

	protected LeadOffer() {
	}

	LeadOffer(long leadId, String partnerReference, int score, String reason, boolean proposed, String chosenBy,
			Instant offeredAt, Instant respondBy) {
		this.leadId = leadId;
		this.partnerReference = partnerReference;
		this.score = score;
		this.reason = reason;
		this.proposed = proposed;
		this.chosenBy = chosenBy;
		this.offeredAt = offeredAt;
		this.respondBy = respondBy;
		this.outcome = OfferOutcome.OPEN;
	}

	void accepted(Instant at) {
		this.outcome = OfferOutcome.ACCEPTED;
		this.answeredAt = at;
	}

	void declined(Instant at, String reason) {
		this.outcome = OfferOutcome.DECLINED;
		this.answeredAt = at;
		this.declineReason = reason;
		this.closedAt = at;
	}

	/** The offer ends without the partner's answer: {@code LAPSED}, {@code TAKEN_BACK}, {@code WON}, {@code LOST}... */
	void ended(OfferOutcome outcome, Instant at) {
		this.outcome = outcome;
		this.closedAt = at;
	}

	public Long getId() {
		return id;
	}

	public Long getLeadId() {
		return leadId;
	}

	public String getPartnerReference() {
		return partnerReference;
	}

	public int getScore() {
		return score;
	}

	public String getReason() {
		return reason;
	}

	public boolean isProposed() {
		return proposed;
	}

	public String getChosenBy() {
		return chosenBy;
	}

	public Instant getOfferedAt() {
		return offeredAt;
	}

	public Instant getRespondBy() {
		return respondBy;
	}

	public OfferOutcome getOutcome() {
		return outcome;
	}

	public Instant getAnsweredAt() {
		return answeredAt;
	}

	public String getDeclineReason() {
		return declineReason;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

}
