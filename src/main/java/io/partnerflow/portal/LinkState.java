package io.partnerflow.portal;

import java.time.Instant;

/** What a personal link opens now, and the HTTP status of its page. */
enum LinkState {

	/** It opens its page: the file can be written, the password set. */
	OPEN(200),
	/** No such link (or not a token at all). */
	UNKNOWN(404),
	/** Withdrawn: by a recruiter or a manager, or by a newer link for the same password. */
	REVOKED(410),
	/** Past its deadline. */
	EXPIRED(410),
	/** It has done its work: the file was received, the password set. */
	USED(410),
	/** What it was for is over: the recruitment no longer waits for a file. */
	CLOSED(410);

	final int status;

	LinkState(int status) {
		this.status = status;
	}

	/** The state of a link by its own record: withdrawn, used, expired or open. */
	static LinkState of(PortalLink link, Instant now) {
		if (link.revoked()) {
			return REVOKED;
		}
		if (link.usedAt() != null) {
			return USED;
		}
		return now.isBefore(link.expiresAt()) ? OPEN : EXPIRED;
	}

}
