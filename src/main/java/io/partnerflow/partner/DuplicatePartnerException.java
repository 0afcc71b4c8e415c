package io.partnerflow.partner;

/** A candidate looks like a partner already listed: same company and country, or same e-mail domain. Answered as 409. */
public class DuplicatePartnerException extends RuntimeException {

	private final String existingReference;

	DuplicatePartnerException(Partner existing, String why) {
		super("%s is already listed as %s (%s)".formatted(existing.getCompany(), existing.getReference(), why));
		this.existingReference = existing.getReference();
	}

	public String getExistingReference() {
		return existingReference;
	}

}
