package io.partnerflow.leads;

import java.util.Map;

import io.partnerflow.system.ConflictException;

/**
 * What the partner asked cannot be done in the lead's state: the API answers 409 with the problem's
 * {@code reason}, the portal shows the reason's words in the partner's language.
 */
public class LeadConflictException extends ConflictException {

	/** Why the lead refuses the partner's action. */
	public enum Reason {
		/** The lead is not waiting for this partner's answer (it answered, or the window passed). */
		NOT_OFFERED,
		/** The lead is not one this partner follows now. */
		NOT_FOLLOWED,
		/** A lead is won through the deal registration its offer made. */
		NO_OFFER_REPORTED,
		/** The deal registration of the lead is not approved yet. */
		REGISTRATION_UNDER_REVIEW,
		/** The deal registration of the lead closed (declined, expired): an offer registers it anew. */
		REGISTRATION_CLOSED,
		/** Pre-sales help asked already, and not given yet. */
		PRESALES_OPEN,
		/** The lead changed at the same moment (a timer, another action): nothing was recorded. */
		MOVING_ON
	}

	private final Reason reason;

	LeadConflictException(Reason reason, String title, String detail) {
		super(title, detail, Map.of("reason", reason.name()));
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
