package io.partnerflow.partner;

/** No partner has this reference. Answered as 404. */
public class PartnerNotFoundException extends RuntimeException {

	private final String reference;

	public PartnerNotFoundException(String reference) {
		super("No partner with reference " + reference);
		this.reference = reference;
	}

	public String getReference() {
		return reference;
	}

}
