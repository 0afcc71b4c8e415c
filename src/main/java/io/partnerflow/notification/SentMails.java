package io.partnerflow.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of mails sent, kept in transactions of its own: once a mail has gone out, its key
 * stays recorded even when the job that sent it rolls back, so a retry does not send it again.
 */
@Component
class SentMails {

	private final NotificationRepository notifications;

	SentMails(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	public boolean contains(String idempotencyKey) {
		return notifications.existsByIdempotencyKey(idempotencyKey);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String idempotencyKey, String partnerReference, String template, String recipients,
			String subject, Instant sentAt) {
		notifications.saveAndFlush(new Notification(idempotencyKey, partnerReference, template, recipients, subject, sentAt));
	}

	/** The mails sent about the partner, oldest first. */
	@Transactional(readOnly = true)
	public List<SentMail> about(String partnerReference) {
		return notifications.findByPartnerReferenceOrderBySentAtAscIdAsc(partnerReference).stream().map(Notification::sent).toList();
	}

	/** The server did not accept the mail after all: the next attempt must send it. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void forget(String idempotencyKey) {
		notifications.deleteByIdempotencyKey(idempotencyKey);
	}

}
