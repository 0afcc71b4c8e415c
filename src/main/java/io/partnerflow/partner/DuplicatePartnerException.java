package io.partnerflow.partner;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;

import io.partnerflow.system.ConflictException;

/**
 * A candidate looks like a partner already listed: the same company in the same country, or a
 * contact at the same company mail domain. The message names both companies. Answered as 409 with
 * the existing partner's reference.
 */
public class DuplicatePartnerException extends ConflictException {

	private static final String TITLE = "Partner already listed";

	private final String existingReference;

	DuplicatePartnerException(CandidateData candidate, Partner existing) {
		this(candidate, existing.getCompany(), existing.getReference(), existing.getCountry(), existing.getCompanyKey());
	}

	/** The existing partner's company, reference, country and company key (null if overridden). */
	DuplicatePartnerException(CandidateData candidate, String company, String reference, String country,
			String companyKey) {
		super(TITLE, "%s (%s) looks like %s, already listed as %s (%s). A manager can list it anyway with a reason."
			.formatted(candidate.company().strip(), candidate.country().toUpperCase(Locale.ROOT), company, reference,
					LookalikeKeys.companyKey(candidate.company()).equals(companyKey)
							&& candidate.country().equalsIgnoreCase(country) ? "same company and country"
									: "same contact e-mail domain " + LookalikeKeys.domainKey(candidate.contactEmail())),
				existing(reference));
		this.existingReference = reference;
	}

	/** Refused by the database's constraint for a lookalike whose listing has not committed yet. */
	DuplicatePartnerException(CandidateData candidate) {
		super(TITLE, "%s (%s) is being listed by someone else at this very moment; look for it among the partners"
			.formatted(candidate.company().strip(), candidate.country().toUpperCase(Locale.ROOT)), existing(null));
		this.existingReference = null;
	}

	private static Map<String, Object> existing(String reference) {
		return Collections.singletonMap("existingReference", reference);
	}

	/** The reference of the partner it looks like; null when that one is still being listed. */
	public String getExistingReference() {
		return existingReference;
	}

}
