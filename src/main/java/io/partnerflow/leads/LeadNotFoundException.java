package io.partnerflow.leads;

import java.util.Collections;

import io.partnerflow.system.NotFoundException;

/** No lead has this reference (or, for a partner, none of its leads has it). Answered as 404 naming the reference. */
public class LeadNotFoundException extends NotFoundException {

	LeadNotFoundException(String reference) {
		super("Lead not found", "No lead with reference " + reference, Collections.singletonMap("reference", reference));
	}

}
