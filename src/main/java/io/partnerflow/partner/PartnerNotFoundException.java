package io.partnerflow.partner;

import java.util.Collections;

import io.partnerflow.system.NotFoundException;

/** No partner has this reference. Answered as 404 naming the reference. */
public class PartnerNotFoundException extends NotFoundException {

	private final String reference;

	public PartnerNotFoundException(String reference) {
		super("Partner not found", "No partner with reference " + reference,
				Collections.singletonMap("reference", reference));
		this.reference = reference;
	}

	public String getReference() {
		return reference;
	}

}
