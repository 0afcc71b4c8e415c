package io.partnerflow.leads;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How an accepted lead progresses, as its partner reports it: the customer contacted, an offer made
 * (which registers the opportunity as the partner's deal registration), then won or lost.
 */
public enum LeadProgress {

	CONTACTED, OFFER_MADE, WON, LOST;

	/** The word the portal and the API use: {@code contacted}, {@code offer-made}, {@code won}, {@code lost}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The progress a word names ({@link #key()}, in any case, with a hyphen, a space or an underscore). */
	public static Optional<LeadProgress> of(String word) {
		if (word == null) {
			return Optional.empty();
		}
		String name = word.strip().toUpperCase(Locale.ROOT).replaceAll("[ -]", "_");
		return Arrays.stream(values()).filter(progress -> progress.name().equals(name)).findFirst();
	}

}
