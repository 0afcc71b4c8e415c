package io.partnerflow.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A mail that went out, under its idempotency key: the proof that it must not go out again. */
@Entity
@Table(name = "notification")
class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String idempotencyKey;

	/** The partner the mail is about. */
	private String partnerReference;

	private String template;

	private String recipients;

	private String subject;

	private Instant sentAt;

	protected Notification() {
	}

	Notification(String idempotencyKey, String partnerReference, String template, String recipients, String subject,
			Instant sentAt) {
		this.idempotencyKey = idempotencyKey;
		this.partnerReference = partnerReference;
		this.template = template;
		this.recipients = recipients.length() > 4000 ? recipients.substring(0, 3997) + "..." : recipients;
		this.subject = subject.length() > 500 ? subject.substring(0, 497) + "..." : subject;
		this.sentAt = sentAt;
	}

	String getIdempotencyKey() {
		return idempotencyKey;
	}

	String getSubject() {
		return subject;
	}

	SentMail sent() {
		return new SentMail(sentAt, template, subject, recipients);
	}

}
