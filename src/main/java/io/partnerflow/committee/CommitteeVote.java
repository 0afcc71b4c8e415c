package io.partnerflow.committee;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A vote cast by a committee member on a partner's application. Never changed once written. */
@Entity
@Table(name = "committee_vote")
public class CommitteeVote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(updatable = false)
	private String partnerReference;

	@Column(updatable = false)
	private String processInstanceId;

	@Column(updatable = false)
	private String member;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private Choice choice;

	@Column(updatable = false)
	private String comment;

	@Column(updatable = false)
	private Instant castAt;

	protected CommitteeVote() {
	}

	CommitteeVote(String partnerReference, String processInstanceId, String member, Choice choice, String comment,
			Instant castAt) {
		this.partnerReference = partnerReference;
		this.processInstanceId = processInstanceId;
		this.member = member;
		this.choice = choice;
		this.comment = comment;
		this.castAt = castAt;
	}

	public String getPartnerReference() {
		return partnerReference;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public String getMember() {
		return member;
	}

	public String getChoice() {
		return choice.name();
	}

	public String getComment() {
		return comment;
	}

	public Instant getCastAt() {
		return castAt;
	}

}
