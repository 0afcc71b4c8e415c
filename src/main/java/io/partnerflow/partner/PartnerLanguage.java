package io.partnerflow.partner;

import java.util.Locale;
import java.util.Set;

import io.partnerflow.system.StaffLanguages;

/**
 * The language PartnerFlow writes to a partner in: its contact's, when they chose one (in the
 * portal) or their recruiter set it; else French for a partner in a French-speaking country
 * (France, Belgium, Luxembourg, Monaco), English elsewhere. Its letters and its portal pages follow
 * it; a portal user may pick another for the pages.
 */
public final class PartnerLanguage {

	private static final Set<String> FRENCH_SPEAKING = Set.of("FR", "BE", "LU", "MC");

	private PartnerLanguage() {
	}

	/** The partner's language: its contact's, else its country's. */
	public static Locale of(Partner partner) {
		return StaffLanguages.supported(partner.getContactLanguage()).orElseGet(() -> of(partner.getCountry()));
	}

	/** The language of a partner of this country, when its contact has none of their own. */
	public static Locale of(String country) {
		return country != null && FRENCH_SPEAKING.contains(country.toUpperCase(Locale.ROOT)) ? Locale.FRENCH
				: Locale.ENGLISH;
	}

}
