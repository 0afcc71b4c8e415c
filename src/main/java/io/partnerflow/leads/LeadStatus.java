package io.partnerflow.leads;

/**
 * Where a lead stands. ROUTING: a partner is being proposed and confirmed; OFFERED: a partner has it to
 * accept or decline; ACCEPTED: a partner works on it; RETURNED: no partner has it, the lead cell decides;
 * WON, LOST and CLOSED end it.
 */
public enum LeadStatus {

	ROUTING, OFFERED, ACCEPTED, RETURNED, WON, LOST, CLOSED;

	/** Whether the lead's story is over. */
	public boolean isFinal() {
		return this == WON || this == LOST || this == CLOSED;
	}

}
