package io.partnerflow.portal;

import java.time.Instant;

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
 * A personal link a mail carried: the SHA-256 of its token (the token itself is only in the mail),
 * the partner it opens, until when, and whether it was used or withdrawn.
 */
@Entity
@Table(name = "portal_link")
class PortalLink {

	/** What a link opens. */
	enum Purpose {
		APPLICATION_FILE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String tokenHash;

	@Column(nullable = false, updatable = false)
	private String partnerReference;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Purpose purpose;

	@Column(nullable = false, updatable = false)
	private Instant issuedAt;

	@Column(nullable = false, updatable = false)
	private Instant expiresAt;

	private Instant usedAt;

	private Instant revokedAt;

	@Version
	private long version;

	protected PortalLink() {
	}

	PortalLink(String tokenHash, String partnerReference, Purpose purpose, Instant issuedAt, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.partnerReference = partnerReference;
		this.purpose = purpose;
		this.issuedAt = issuedAt;
		this.expiresAt = expiresAt;
	}

	String partnerReference() {
		return partnerReference;
	}

	Purpose purpose() {
		return purpose;
	}

	Instant expiresAt() {
		return expiresAt;
	}

	Instant usedAt() {
		return usedAt;
	}

	boolean revoked() {
		return revokedAt != null;
	}

	boolean openAt(Instant now) {
		return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
	}

	void use(Instant at) {
		this.usedAt = at;
	}

	void revoke(Instant at) {
		this.revokedAt = at;
	}

}
