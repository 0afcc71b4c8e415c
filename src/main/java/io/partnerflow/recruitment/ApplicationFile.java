package io.partnerflow.recruitment;

import java.time.Instant;

import jakarta.persistence.Column;
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

	private String motivation;

	private String organisation;

	private String firstCustomers;

	private String strategy;

	private String whyStrategic;

	private String prospects;

	private String submittedBy;

	private Instant submittedAt;

	protected ApplicationFile() {
	}

	ApplicationFile(String partnerReference, ApplicationFileData data, String submittedBy, Instant submittedAt) {
		this.partnerReference = partnerReference;
		this.motivation = data.motivation();
		this.organisation = data.organisation();
		this.firstCustomers = data.firstCustomers();
		this.strategy = data.strategy();
		this.whyStrategic = data.whyStrategic();
		this.prospects = data.prospects();
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
	}

	ApplicationFileData data() {
		return new ApplicationFileData(motivation, organisation, firstCustomers, strategy, whyStrategic, prospects);
	}

	String getPartnerReference() {
		return partnerReference;
	}

}
