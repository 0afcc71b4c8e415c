package io.partnerflow.committee;

import java.util.Arrays;
import java.util.Optional;

import io.partnerflow.partner.PartnerStatus;

/**
 * What the committee decides on an application, by its vote or, after a tie or a vote without
 * quorum, by its chair: one value from the count to the recruitment. The process variable
 * {@code committeeOutcome} holds its name (the recruitment's gateway reads it); only PartnerFlow writes
 * it, no task's form has it.
 */
public enum CommitteeOutcome {

	APPROVED(PartnerStatus.APPROVED), REJECTED(PartnerStatus.REJECTED);

	private final PartnerStatus partnerStatus;

	CommitteeOutcome(PartnerStatus partnerStatus) {
		this.partnerStatus = partnerStatus;
	}

	/** The partner's status after this outcome. */
	public PartnerStatus partnerStatus() {
		return partnerStatus;
	}

	/** The outcome a variable holds (its name: the chair's decision, the committee's outcome), if any. */
	public static Optional<CommitteeOutcome> of(Object value) {
		return Arrays.stream(values()).filter(outcome -> outcome.name().equals(value)).findFirst();
	}

	/** The outcome a count decided; none after a tie or a vote without quorum (the chair decides). */
	static Optional<CommitteeOutcome> decidedBy(VoteCount.Result result) {
		return of(result.name());
	}

}
