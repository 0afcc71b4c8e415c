package io.partnerflow.portal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A key a partner's own system calls the partner API with ({@code /api/partner/v1}): its public id, a
 * name the partner gave it, the SHA-256 of its secret (the secret itself is shown once, never kept),
 * who of the partner created it, when it was last used, and its revocation.
 */
@Entity
@Table(name = "partner_api_key")
class ApiKey {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String keyId;

	@Column(nullable = false, updatable = false)
	private String partnerReference;

	@Column(nullable = false, updatable = false)
	private String name;

	@Column(nullable = false, updatable = false)
	private String secretHash;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false, updatable = false)
	private Long createdBy;

	private Instant lastUsedAt;

	private Instant revokedAt;

	private Long revokedBy;

	protected ApiKey() {
	}

	ApiKey(String keyId, String partnerReference, String name, String secretHash, Instant createdAt, Long createdBy) {
		this.keyId = keyId;
		this.partnerReference = partnerReference;
		this.name = name;
		this.secretHash = secretHash;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	Long id() {
		return id;
	}

	String keyId() {
		return keyId;
	}

	String partnerReference() {
		return partnerReference;
	}

	String name() {
		return name;
	}

	String secretHash() {
		return secretHash;
	}

	Instant createdAt() {
		return createdAt;
	}

	Long createdBy() {
		return createdBy;
	}

	Instant lastUsedAt() {
		return lastUsedAt;
	}

	Instant revokedAt() {
		return revokedAt;
	}

	boolean revoked() {
		return revokedAt != null;
	}

	void revoke(Instant at, Long by) {
		this.revokedAt = at;
		this.revokedBy = by;
	}

}
