package io.partnerflow.portal;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.StaffLanguages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every page of a logged-in partner shows: its language (picked in the bar, kept on the
 * account, else the partner's country's), the partner, its recruiter, the bar's switch and logout,
 * the way dates and amounts are written. The partner is the login's, never one the address names.
 */
@Component
class LoggedInPages {

	private final PortalAccounts accounts;

	private final PartnerService partners;

	private final PortalPeople people;

	private final PortalLanguage languages;

	private final ZoneId zone;

	LoggedInPages(PortalAccounts accounts, PartnerService partners, PortalPeople people, PortalLanguage languages,
			@Value("${partnerflow.portal.time-zone}") ZoneId zone) {
		this.accounts = accounts;
		this.partners = partners;
		this.people = people;
		this.languages = languages;
		this.zone = zone;
	}

	/**
	 * Keeps a language the user picked ({@code fr}, {@code en}) on its account; the partner's contact
	 * picks the language of the partner's letters too (a colleague's pick is for their pages only).
	 */
	void keepLanguage(PortalUser user, String lang) {
		Optional<String> picked = StaffLanguages.supported(lang).map(Locale::getLanguage);
		if (picked.isPresent()) {
			accounts.speak(user.accountId(), picked.get());
			Partner partner = partners.get(user.partnerReference());
			if (accounts.byId(user.accountId()).map(PortalAccount::email).filter(partner.getContactEmail()::equalsIgnoreCase)
				.isPresent()) {
				partners.changeContactLanguage(partner.getReference(), picked.get(), PartnerService.CONTACT_ACTOR);
			}
		}
	}

	/** The logged-in user's partner, with the page's common parts in the model; {@code path} is the page's address. */
	Partner prepare(PortalUser user, String lang, String path, HttpServletRequest request, Model model) {
		Partner partner = partners.get(user.partnerReference());
		String picked = lang != null ? lang
				: accounts.byId(user.accountId()).map(PortalAccount::language).orElse(null);
		Locale locale = PortalLanguage.choose(picked, partner, request, languages);
		model.addAttribute("lang", locale.getLanguage());
		model.addAttribute("action", path);
		model.addAttribute("user", user);
		model.addAttribute("partner", partner);
		model.addAttribute("recruiter", people.recruiterOf(partner));
		model.addAttribute("format", new PortalFormat(locale, zone));
		return partner;
	}

	/** The language a redirect keeps: the one picked, if any. */
	static String language(String lang) {
		return StaffLanguages.supported(lang).map(language -> "&lang=" + language.getLanguage()).orElse("");
	}

}
