package io.partnerflow.notification;

import java.time.Instant;

/** A mail that went out about a partner, as its record keeps it: no body, only who got what and when. */
public record SentMail(Instant sentAt, String template, String subject, String recipients) {
}
