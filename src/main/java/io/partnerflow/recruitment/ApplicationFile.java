package io.partnerflow.recruitment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A candidate's application file, one per partner, kept for the committee and the record. */
@Entity
@Table(name = "application_file")
class ApplicationFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String partnerReference;

	@Embedded
	private ApplicationFileData answers;

	private String submittedBy;

	private Instant submittedAt;

	protected ApplicationFile() {
	}

	ApplicationFile(String partnerReference, ApplicationFileData data, String submittedBy, Instant submittedAt) {
		this.partnerReference = partnerReference;
		this.answers = data;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
	}

	ApplicationFileData data() {
		return answers;
	}

	String getPartnerReference() {
		return partnerReference;
	}

}
