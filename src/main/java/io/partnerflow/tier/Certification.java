package io.partnerflow.tier;

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

/**
 * One person of a partner certified for a role, from the day it passed to the day its certification
 * expires (that day it no longer counts). Never changed once recorded: a renewal is a new one.
 */
@Entity
@Table(name = "certification")
public class Certification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "partner_id", nullable = false, updatable = false)
	private Long partnerId;

	private String personName;

	@Enumerated(EnumType.STRING)
	private CertificationRole role;

	private LocalDate certifiedOn;

	private LocalDate expiresOn;

	private Instant recordedAt;

	private String recordedBy;

	protected Certification() {
	}

	Certification(Long partnerId, String personName, CertificationRole role, LocalDate certifiedOn, LocalDate expiresOn,
			Instant recordedAt, String recordedBy) {
		this.partnerId = partnerId;
		this.personName = personName;
		this.role = role;
		this.certifiedOn = certifiedOn;
		this.expiresOn = expiresOn;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	/** Whether it counts on that day: passed by then, not expired yet. */
	public boolean isValidOn(LocalDate day) {
		return !certifiedOn.isAfter(day) && expiresOn.isAfter(day);
	}

	public Long getId() {
		return id;
	}

	public String getPersonName() {
		return personName;
	}

	public CertificationRole getRole() {
		return role;
	}

	public LocalDate getCertifiedOn() {
		return certifiedOn;
	}

	public LocalDate getExpiresOn() {
		return expiresOn;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

}
