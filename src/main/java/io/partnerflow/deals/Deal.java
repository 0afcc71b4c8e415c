package io.partnerflow.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A deal a partner signed with a customer. Never changed once recorded. */
@Entity
@Table(name = "partner_deal")
public class Deal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "partner_id", nullable = false, updatable = false)
	private Long partnerId;

	private String customer;

	private BigDecimal amount;

	private LocalDate signedOn;

	@Column(name = "first_deal")
	private boolean first;

	private Instant recordedAt;

	private String recordedBy;

	protected Deal() {
	}

	Deal(Long partnerId, String customer, BigDecimal amount, LocalDate signedOn, boolean first, Instant recordedAt,
			String recordedBy) {
		this.partnerId = partnerId;
		this.customer = customer;
		this.amount = amount;
		this.signedOn = signedOn;
		this.first = first;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	public Long getId() {
		return id;
	}

	public String getCustomer() {
		return customer;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public boolean isFirst() {
		return first;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

}
