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
		/** The candidate's application file. */
		APPLICATION_FILE,
		/** Setting an account's password: an invitation, or a reset asked for. */
		PASSWORD
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

	/** The account whose password the link sets; null for an application file's link. */
	@Column(updatable = false)
	private Long accountId;

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

	PortalLink(String tokenHash, String partnerReference, Purpose purpose, Long accountId, Instant issuedAt,
			Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.partnerReference = partnerReference;
		this.purpose = purpose;
		this.accountId = accountId;
		this.issuedAt = issuedAt;
		this.expiresAt = expiresAt;
	}

	String partnerReference() {
		return partnerReference;
	}

	Purpose purpose() {
		return purpose;
	}

	Long accountId() {
		return accountId;
	}

	Instant issuedAt() {
		return issuedAt;
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
