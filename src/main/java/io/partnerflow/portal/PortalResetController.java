package io.partnerflow.portal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A forgotten password ({@code /portal/password-reset}): an address in, a password link mailed to
 * it when it has an account, and the same answer either way, so the page tells nobody which
 * addresses have one.
 */
@Controller
@RequestMapping(PortalResetController.PATH)
class PortalResetController {

	static final String PATH = "/portal/password-reset";

	private final PortalInvitations invitations;

	private final PortalLanguage languages;

	PortalResetController(PortalInvitations invitations, PortalLanguage languages) {
		this.invitations = invitations;
		this.languages = languages;
	}

	@GetMapping
	String show(@RequestParam(required = false) String lang, @RequestParam(required = false) String done,
			HttpServletRequest request, Model model) {
		Locale locale = PortalLanguage.choose(lang, null, request, languages);
		model.addAttribute("lang", locale.getLanguage());
		model.addAttribute("action", PATH);
		model.addAttribute("asked", "asked".equals(done));
		return "portal/reset";
	}

	@PostMapping
	String ask(@RequestParam(required = false) String email, @RequestParam(required = false) String lang) {
		invitations.reset(email);
		return "redirect:" + PATH + "?done=asked" + LoggedInPages.language(lang);
	}

}
