package io.partnerflow.portal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person of a partner who logs into the portal: the contact the partner signed with, or a
 * colleague of the same company it invited. Not a Camunda user: it never reaches Tasklist, Cockpit
 * or the engine. Its password hash is Spring Security's; none until its invitation is accepted.
 */
@Entity
@Table(name = "portal_account")
class PortalAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String partnerReference;

	@Column(nullable = false, updatable = false)
	private String email;

	@Column(nullable = false)
	private String name;

	private String passwordHash;

	/** {@code fr} or {@code en}, as the person picked; null until then (the partner's country decides). */
	private String language;

	@Column(nullable = false, updatable = false)
	private Instant invitedAt;

	@Column(nullable = false, updatable = false)
	private String invitedBy;

	private Instant activatedAt;

	@Version
	private long version;

	protected PortalAccount() {
	}

	PortalAccount(String partnerReference, String email, String name, Instant invitedAt, String invitedBy) {
		this.partnerReference = partnerReference;
		this.email = email;
		this.name = name;
		this.invitedAt = invitedAt;
		this.invitedBy = invitedBy;
	}

	Long id() {
		return id;
	}

	String partnerReference() {
		return partnerReference;
	}

	String email() {
		return email;
	}

	String name() {
		return name;
	}

	String passwordHash() {
		return passwordHash;
	}

	String language() {
		return language;
	}

	boolean active() {
		return passwordHash != null;
	}

	void setPassword(String hash, Instant at) {
		this.passwordHash = hash;
		if (activatedAt == null) {
			this.activatedAt = at;
		}
	}

	void speak(String language) {
		this.language = language;
	}

}
