package io.partnerflow.dealregistration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An opportunity a partner registered. While it is open its {@code openKey} (the normalised customer
 * and project) is set, and the database's unique index on it refuses a second open registration of the
 * project; closing it clears the key, so the project can be registered again.
 */
@Entity
@Table(name = "deal_registration")
public class DealRegistration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "partner_reference", nullable = false, updatable = false)
	private String partnerReference;

	private String customer;

	private String project;

	@Column(name = "project_key", nullable = false, updatable = false)
	private String projectKey;

	@Column(name = "open_key")
	private String openKey;

	private BigDecimal expectedValue;

	@Column(name = "expected_close_on")
	private LocalDate expectedCloseOn;

	@Enumerated(EnumType.STRING)
	private DealRegistrationStatus status;

	private Instant registeredAt;

	private String registeredBy;

	private Instant decidedAt;

	private Instant expiresAt;

	private Instant closedAt;

	private String processInstanceId;

	@Version
	private long version;

	protected DealRegistration() {
	}

	DealRegistration(String partnerReference, String customer, String project, String projectKey,
			BigDecimal expectedValue, LocalDate expectedCloseOn, Instant registeredAt, String registeredBy) {
		this.partnerReference = partnerReference;
		this.customer = customer;
		this.project = project;
		this.projectKey = projectKey;
		this.openKey = projectKey;
		this.expectedValue = expectedValue;
		this.expectedCloseOn = expectedCloseOn;
		this.status = DealRegistrationStatus.SUBMITTED;
		this.registeredAt = registeredAt;
		this.registeredBy = registeredBy;
	}

	void started(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void approve(Instant at, Instant expiresAt) {
		this.status = DealRegistrationStatus.APPROVED;
		this.decidedAt = at;
		this.expiresAt = expiresAt;
	}

	void progress(BigDecimal expectedValue, LocalDate expectedCloseOn, Instant expiresAt) {
		this.expectedValue = expectedValue;
		this.expectedCloseOn = expectedCloseOn;
		this.expiresAt = expiresAt;
	}

	/** Closes the registration with its final status and frees the project for other partners. */
	void close(DealRegistrationStatus outcome, Instant at) {
		if (outcome.isOpen()) {
			throw new IllegalArgumentException("Not a closing status: " + outcome);
		}
		if (outcome == DealRegistrationStatus.REJECTED) {
			this.decidedAt = at;
		}
		this.status = outcome;
		this.closedAt = at;
		this.openKey = null;
	}

	public Long getId() {
		return id;
	}

	public String getPartnerReference() {
		return partnerReference;
	}

	public String getCustomer() {
		return customer;
	}

	public String getProject() {
		return project;
	}

	public BigDecimal getExpectedValue() {
		return expectedValue;
	}

	public LocalDate getExpectedCloseOn() {
		return expectedCloseOn;
	}

	public DealRegistrationStatus getStatus() {
		return status;
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}

	public String getRegisteredBy() {
		return registeredBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	String getProcessInstanceId() {
		return processInstanceId;
	}

}
