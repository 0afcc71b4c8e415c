package io.partnerflow.dealregistration;

/** Where a deal registration stands. SUBMITTED and APPROVED hold the project; the others closed it. */
public enum DealRegistrationStatus {

	SUBMITTED, APPROVED, REJECTED, EXPIRED, WON, LOST;

	/** Whether the registration still holds its customer's project against other partners. */
	public boolean isOpen() {
		return this == SUBMITTED || this == APPROVED;
	}

}
