package io.partnerflow.recruitment;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a person types as a website, as the server keeps it: {@code acme.fr} and {@code www.acme.fr}
 * become {@code https://acme.fr} and {@code https://www.acme.fr}; an address that names another
 * scheme ({@code ftp://}) is left as typed, and refused.
 */
final class Websites {

	/**
	 * What the start form's Website field accepts (declared as its {@code validate.pattern}): an
	 * http(s) address, or one without a scheme and without spaces.
	 */
	static final String TYPED_PATTERN = "^([hH][tT][tT][pP][sS]?://\\S+|(?![A-Za-z][A-Za-z0-9+.-]*://)\\S+)$";

	/** At most this long as typed, so that with {@code https://} it fits the partner's 254 characters. */
	static final int MAX_TYPED_LENGTH = 246;

	private static final Pattern WITH_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://.*");

	private Websites() {
	}

	static String normalise(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String website = typed.strip();
		if (website.toLowerCase(Locale.ROOT).startsWith("http://") || website.toLowerCase(Locale.ROOT).startsWith("https://")) {
			return website.substring(0, website.indexOf(':')).toLowerCase(Locale.ROOT) + website.substring(website.indexOf(':'));
		}
		return WITH_SCHEME.matcher(website).matches() ? website : "https://" + website;
	}

}
