package io.partnerflow.portal;

import io.partnerflow.partner.Partner;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A logged-in partner's colleagues in the portal ({@code /portal/colleagues}): who has an account,
 * who is still invited, and the form that invites another person of the company (an address of
 * its own mail domain), who gets a password link by mail.
 */
@Controller
@RequestMapping(PortalColleaguesController.PATH)
class PortalColleaguesController {

	static final String PATH = "/portal/colleagues";

	static final String FORM = "colleagueForm";

	private final LoggedInPages pages;

	private final PortalInvitations invitations;

	PortalColleaguesController(LoggedInPages pages, PortalInvitations invitations) {
		this.pages = pages;
		this.invitations = invitations;
	}

	@InitBinder(FORM)
	void colleagueFieldsOnly(WebDataBinder binder) {
		binder.setAllowedFields("name", "email");
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String lang,
			@RequestParam(required = false) String done, HttpServletRequest request, Model model) {
		pages.keepLanguage(user, lang);
		model.addAttribute(FORM, new ColleagueForm());
		model.addAttribute("invited", "invited".equals(done));
		return page(user, lang, request, model);
	}

	@PostMapping
	String invite(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String lang,
			@ModelAttribute(FORM) ColleagueForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (!errors.hasErrors() && invitations.invite(user, form, errors)) {
			return "redirect:" + PATH + "?done=invited" + LoggedInPages.language(lang);
		}
		response.setStatus(422);
		model.addAttribute("invited", false);
		return page(user, lang, request, model);
	}

	private String page(PortalUser user, String lang, HttpServletRequest request, Model model) {
		Partner partner = pages.prepare(user, lang, PATH, request, model);
		model.addAttribute("colleagues", invitations.colleaguesOf(partner.getReference())
			.stream()
			.map(account -> new Colleague(account.name(), account.email(), account.active()))
			.toList());
		return "portal/colleagues";
	}

	/** A line of the page: a person, its address, whether it set its password. */
	record Colleague(String name, String email, boolean active) {
	}

}
