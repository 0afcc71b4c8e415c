package io.partnerflow.notification;

import java.time.Duration;
import java.time.Instant;

import io.partnerflow.system.RetentionRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of a mail ({@code notification}: its recipients' addresses, its subject) is deleted
 * 180 days after it was sent: it keeps a retried job from sending the mail twice (a matter of hours
 * or days), and shows the staff on the partner's page what the partner was told lately.
 */
@Component
class SentMailRetention implements RetentionRule {

	static final Duration KEPT = Duration.ofDays(180);

	private final NotificationRepository notifications;

	SentMailRetention(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	@Override
	public String rule() {
		return "notification: deleted 180 days after the mail was sent";
	}

	@Override
	@Transactional
	public int apply(Instant now) {
		return notifications.deleteSentBefore(now.minus(KEPT));
	}

}
