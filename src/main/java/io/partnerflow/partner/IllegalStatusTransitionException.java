package io.partnerflow.partner;

import java.util.Map;

import io.partnerflow.system.ConflictException;

/**
 * A change of status the partner lifecycle does not allow, such as REJECTED to ACTIVE. Answered as
 * 409 naming the current status.
 */
public class IllegalStatusTransitionException extends ConflictException {

	private final PartnerStatus from;

	private final PartnerStatus to;

	IllegalStatusTransitionException(String reference, PartnerStatus from, PartnerStatus to) {
		super("Not possible in the partner's current status",
				"Partner %s cannot move from %s to %s".formatted(reference, from, to), Map.of("status", from));
		this.from = from;
		this.to = to;
	}

	public PartnerStatus getFrom() {
		return from;
	}

	public PartnerStatus getTo() {
		return to;
	}

}
