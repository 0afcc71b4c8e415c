package io.partnerflow.portal;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The portal's languages, French and English: the one the visitor picked ({@code lang}), else the
 * partner's (French for a partner in a French-speaking country), else the browser's. Its pages are
 * rendered in the language a portal controller set on the request; every other page keeps the
 * browser's language, as Spring's default resolver gives it.
 */
class PortalLanguage extends AcceptHeaderLocaleResolver {

	static final Locale FRENCH = Locale.FRENCH;

	static final Locale ENGLISH = Locale.ENGLISH;

	/** The countries whose partners read French by default. */
	private static final Set<String> FRENCH_SPEAKING = Set.of("FR", "BE", "LU", "MC");

	private static final String ATTRIBUTE = PortalLanguage.class.getName();

	/** The language of a page about a partner of this country (null when none is known). */
	static Locale choose(String picked, String country, HttpServletRequest request, PortalLanguage browser) {
		Locale locale;
		if ("fr".equals(picked) || "en".equals(picked)) {
			locale = Locale.forLanguageTag(picked);
		}
		else if (country != null) {
			locale = FRENCH_SPEAKING.contains(country) ? FRENCH : ENGLISH;
		}
		else {
			locale = browser.fromBrowser(request);
		}
		request.setAttribute(ATTRIBUTE, locale);
		return locale;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Object chosen = request.getAttribute(ATTRIBUTE);
		return chosen instanceof Locale locale ? locale : super.resolveLocale(request);
	}

	private Locale fromBrowser(HttpServletRequest request) {
		Locale locale = super.resolveLocale(request);
		return FRENCH.getLanguage().equals(locale.getLanguage()) ? FRENCH : ENGLISH;
	}

}
