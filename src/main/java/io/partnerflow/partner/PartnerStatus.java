package io.partnerflow.partner;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a partner stands, from listed candidate to active partner or exit. {@link #canMoveTo}
 * holds the legal transitions; {@link PartnerService} refuses every other one.
 */
public enum PartnerStatus {

	CANDIDATE, NOT_ELIGIBLE, APPROACHED, DECLINED, APPLICATION_REQUESTED, APPLICATION_LAPSED, IN_COMMITTEE,
	REJECTED, APPROVED, CONTRACT_SIGNED, ONBOARDING, ACTIVE, EXIT_REVIEW, EXITED;

	private Set<PartnerStatus> next() {
		return switch (this) {
			case CANDIDATE -> EnumSet.of(NOT_ELIGIBLE, APPROACHED, DECLINED);
			case APPROACHED -> EnumSet.of(APPLICATION_REQUESTED, DECLINED);
			case APPLICATION_REQUESTED -> EnumSet.of(IN_COMMITTEE, APPLICATION_LAPSED, DECLINED);
			case IN_COMMITTEE -> EnumSet.of(APPROVED, REJECTED);
			case APPROVED -> EnumSet.of(CONTRACT_SIGNED, DECLINED);
			case CONTRACT_SIGNED -> EnumSet.of(ONBOARDING, ACTIVE);
			case ONBOARDING -> EnumSet.of(ACTIVE, EXIT_REVIEW);
			case EXIT_REVIEW -> EnumSet.of(ONBOARDING, ACTIVE, EXITED);
			// a red card opens an active partner's exit review (issue 18)
			case ACTIVE -> EnumSet.of(EXIT_REVIEW, EXITED);
			case NOT_ELIGIBLE, DECLINED, APPLICATION_LAPSED, REJECTED, EXITED -> EnumSet.noneOf(PartnerStatus.class);
		};
	}

	public boolean canMoveTo(PartnerStatus target) {
		return next().contains(target);
	}

	/** A final status: the partner's story with this vendor is over. */
	public boolean isFinal() {
		return next().isEmpty();
	}

}
