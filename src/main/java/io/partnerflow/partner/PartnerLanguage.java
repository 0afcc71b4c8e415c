package io.partnerflow.partner;

import java.util.Locale;
import java.util.Set;

/**
 * The language PartnerFlow writes to a partner in: French for a partner in a French-speaking
 * country (France, Belgium, Luxembourg, Monaco), English elsewhere. Its letters and its portal
 * pages follow it; a portal user may pick the other.
 */
public final class PartnerLanguage {

	private static final Set<String> FRENCH_SPEAKING = Set.of("FR", "BE", "LU", "MC");

	private PartnerLanguage() {
	}

	public static Locale of(String country) {
		return country != null && FRENCH_SPEAKING.contains(country.toUpperCase(Locale.ROOT)) ? Locale.FRENCH
				: Locale.ENGLISH;
	}

}
