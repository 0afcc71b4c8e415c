package io.partnerflow.conduct;

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
 * A card a manager issued to a partner that took one of our leads to a competitor: its colour, the
 * reason (told to the partner), the evidence (what was found and where; staff only), optionally the
 * deal registration or the customer concerned. Never changed once issued, but for the process that
 * carries it.
 */
@Entity
@Table(name = "partner_card")
public class Card {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String partnerReference;

	/** The partner's cards counted from 1 (unique per partner). */
	@Column(nullable = false, updatable = false)
	private int cardNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private CardColour colour;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Column(nullable = false, updatable = false)
	private String evidence;

	@Column(updatable = false)
	private Long dealRegistrationId;

	@Column(updatable = false)
	private String customer;

	@Column(nullable = false, updatable = false)
	private Instant issuedAt;

	@Column(nullable = false, updatable = false)
	private String issuedBy;

	/** The red card opened the partner's exit review (a partner already in review gets none more). */
	@Column(nullable = false, updatable = false)
	private boolean reviewOpened;

	private String processInstanceId;

	protected Card() {
	}

	Card(String partnerReference, int cardNumber, CardColour colour, String reason, String evidence,
			Long dealRegistrationId, String customer, Instant issuedAt, String issuedBy, boolean reviewOpened) {
		this.partnerReference = partnerReference;
		this.cardNumber = cardNumber;
		this.colour = colour;
		this.reason = reason;
		this.evidence = evidence;
		this.dealRegistrationId = dealRegistrationId;
		this.customer = customer;
		this.issuedAt = issuedAt;
		this.issuedBy = issuedBy;
		this.reviewOpened = reviewOpened;
	}

	void started(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	public Long getId() {
		return id;
	}

	public String getPartnerReference() {
		return partnerReference;
	}

	public int getCardNumber() {
		return cardNumber;
	}

	public CardColour getColour() {
		return colour;
	}

	public String getReason() {
		return reason;
	}

	public String getEvidence() {
		return evidence;
	}

	public Long getDealRegistrationId() {
		return dealRegistrationId;
	}

	public String getCustomer() {
		return customer;
	}

	public Instant getIssuedAt() {
		return issuedAt;
	}

	public String getIssuedBy() {
		return issuedBy;
	}

	public boolean isReviewOpened() {
		return reviewOpened;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

}
