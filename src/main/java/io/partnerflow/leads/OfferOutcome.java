package io.partnerflow.leads;

/**
 * How the offer of a lead to one partner ended: OPEN while the partner may answer, ACCEPTED while it
 * works on the lead, DECLINED, LAPSED (no answer in time), TAKEN_BACK (no news of an accepted lead),
 * WON, LOST; and WITHDRAWN when the lead cell closed the lead while the partner had it.
 */
public enum OfferOutcome {

	OPEN, ACCEPTED, DECLINED, LAPSED, TAKEN_BACK, WON, LOST, WITHDRAWN;

	/** Whether the partner accepted the lead, whatever became of it since (won, lost, taken back). */
	public boolean accepted() {
		return this == ACCEPTED || this == TAKEN_BACK || this == WON || this == LOST;
	}

	/** Whether the partner holds the lead (its capacity counts it). */
	public boolean holdsLead() {
		return this == OPEN || this == ACCEPTED;
	}

}
