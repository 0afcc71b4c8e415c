package io.partnerflow.partner;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a partner's timeline: when, who, what. Never changed once written. */
@Entity
@Table(name = "partner_event")
public class PartnerEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "partner_id", nullable = false, updatable = false)
	private Long partnerId;

	private Instant occurredAt;

	private String actor;

	private String kind;

	private String description;

	protected PartnerEvent() {
	}

	PartnerEvent(Long partnerId, Instant occurredAt, String actor, String kind, String description) {
		this.partnerId = partnerId;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.kind = kind;
		this.description = description.length() > 2000 ? description.substring(0, 1997) + "..." : description;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getActor() {
		return actor;
	}

	public String getKind() {
		return kind;
	}

	public String getDescription() {
		return description;
	}

}
