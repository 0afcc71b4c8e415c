package io.partnerflow.portal;

import java.time.Instant;

import io.partnerflow.recruitment.ApplicationFileData;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The candidate's application file while it is written: one per partner, gone once it is submitted. */
@Entity
@Table(name = "portal_application_draft")
class ApplicationDraft {

	@Id
	private String partnerReference;

	/** The answers so far; null when none is given (an embedded value whose columns are all empty). */
	@Embedded
	private ApplicationFileData answers;

	private Instant savedAt;

	@Version
	private long version;

	protected ApplicationDraft() {
	}

	ApplicationDraft(String partnerReference) {
		this.partnerReference = partnerReference;
	}

	void keep(ApplicationFileData answers, Instant at) {
		this.answers = answers;
		this.savedAt = at;
	}

	/** The answers so far, each null when not given yet. */
	ApplicationFileData answers() {
		return answers == null ? new ApplicationFileData(null, null, null, null, null, null) : answers;
	}

	Instant savedAt() {
		return savedAt;
	}

}
