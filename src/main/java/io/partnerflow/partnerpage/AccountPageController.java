package io.partnerflow.partnerpage;

import java.util.List;
import java.util.Locale;

import io.partnerflow.system.Groups;
import io.partnerflow.system.StaffLanguages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A member of staff's account page, {@code /account}, with the webapps' login: the language
 * PartnerFlow speaks to them (their mails and their Tasklist forms), kept with their Camunda user.
 * Each user reads and changes only their own: the page takes no user id.
 */
@Controller
@PreAuthorize(Groups.INTERNAL_STAFF_ONLY)
class AccountPageController {

	/** Each language under its own name, as a person looking for theirs reads it. */
	record Language(String tag, String name) {
	}

	static final List<Language> LANGUAGES = StaffLanguages.SUPPORTED.stream()
		.map(locale -> new Language(locale.getLanguage(), capitalised(locale.getDisplayLanguage(locale), locale)))
		.toList();

	private final StaffLanguages languages;

	private final People people;

	AccountPageController(StaffLanguages languages, People people) {
		this.languages = languages;
		this.people = people;
	}

	@GetMapping("/account")
	String account(Authentication user, HttpServletRequest request, Model model,
			@RequestParam(required = false) String saved) {
		return page(user, request, model, null, saved != null);
	}

	@PostMapping("/account/language")
	String choose(Authentication user, HttpServletRequest request, HttpServletResponse response, Model model,
			@RequestParam(required = false) String language) {
		if (StaffLanguages.supported(language).isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(user, request, model, "Choose one of the languages listed.", false);
		}
		languages.choose(user.getName(), language);
		return "redirect:/account?saved";
	}

	private String page(Authentication user, HttpServletRequest request, Model model, String error, boolean saved) {
		model.addAttribute("user", people.of(List.of(user.getName())).of(user.getName()));
		model.addAttribute("languages", LANGUAGES);
		model.addAttribute("chosen", languages.chosen(user.getName()).map(Locale::getLanguage).orElse(null));
		model.addAttribute("current", languages.of(user.getName(), request).getLanguage());
		model.addAttribute("error", error);
		model.addAttribute("saved", saved);
		return "pages/account";
	}

	private static String capitalised(String name, Locale locale) {
		return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

}
