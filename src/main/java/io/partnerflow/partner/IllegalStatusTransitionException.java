package io.partnerflow.partner;

/** A change of status the partner lifecycle does not allow, such as REJECTED to ACTIVE. Answered as 409. */
public class IllegalStatusTransitionException extends RuntimeException {

	private final PartnerStatus from;

	private final PartnerStatus to;

	IllegalStatusTransitionException(String reference, PartnerStatus from, PartnerStatus to) {
		super("Partner %s cannot move from %s to %s".formatted(reference, from, to));
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
