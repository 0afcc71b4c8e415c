package io.partnerflow.portal;

import java.util.Locale;
import java.util.Optional;

import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerLanguage;
import io.partnerflow.system.StaffLanguages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The portal's languages, French and English: the one the visitor picked ({@code lang}), else the
 * partner's ({@link PartnerLanguage}: its contact's, else its country's), else the browser's. Its pages are
 * rendered in the language a portal controller set on the request; every other page keeps the
 * browser's language, as Spring's default resolver gives it.
 */
class PortalLanguage extends AcceptHeaderLocaleResolver {

	static final Locale FRENCH = Locale.FRENCH;

	static final Locale ENGLISH = Locale.ENGLISH;

	private static final String ATTRIBUTE = PortalLanguage.class.getName();

	/** The language of a page about this partner (null when none is known). */
	static Locale choose(String picked, Partner partner, HttpServletRequest request, PortalLanguage browser) {
		Locale locale;
		Optional<Locale> chosen = StaffLanguages.supported(picked);
		if (chosen.isPresent()) {
			locale = chosen.get();
		}
		else if (partner != null) {
			locale = PartnerLanguage.of(partner);
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
		return StaffLanguages.supported(locale.getLanguage()).orElse(ENGLISH);
	}

}
