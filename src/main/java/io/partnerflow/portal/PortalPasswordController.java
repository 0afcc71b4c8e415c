package io.partnerflow.portal;

import java.util.Locale;

import io.partnerflow.portal.PasswordPages.Opened;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page a password link opens ({@code /portal/password/{token}}): the account's address and two
 * fields; a refused password says why next to its field; once set, the login page. A link that no
 * longer opens says why, as the application file's does.
 */
@Controller
@RequestMapping(InvitationLinks.PATH + "{token}")
class PortalPasswordController {

	static final String FORM = "passwordForm";

	private final PasswordPages pages;

	private final PortalLanguage languages;

	PortalPasswordController(PasswordPages pages, PortalLanguage languages) {
		this.pages = pages;
		this.languages = languages;
	}

	@InitBinder(FORM)
	void passwordsOnly(WebDataBinder binder) {
		binder.setAllowedFields("password", "confirmation");
	}

	@GetMapping
	String show(@PathVariable String token, @RequestParam(required = false) String lang, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		model.addAttribute(FORM, new PasswordForm());
		return render(token, pages.open(token), lang, request, response, model);
	}

	@PostMapping
	String set(@PathVariable String token, @RequestParam(required = false) String lang,
			@ModelAttribute(FORM) PasswordForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (pages.set(token, form, errors)) {
			return "redirect:/portal/login?done=password" + LoggedInPages.language(lang);
		}
		// a refused password is never shown again
		form.setPassword(null);
		form.setConfirmation(null);
		if (errors.hasErrors()) {
			response.setStatus(422);
		}
		return render(token, pages.open(token), lang, request, response, model);
	}

	private String render(String token, Opened opened, String lang, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Locale locale = PortalLanguage.choose(lang, opened.partner(), request, languages);
		model.addAttribute("lang", locale.getLanguage());
		model.addAttribute("action", InvitationLinks.PATH + token);
		model.addAttribute("state", opened.state().name());
		model.addAttribute("partner", opened.partner());
		model.addAttribute("accountName", opened.account() == null ? null : opened.account().name());
		model.addAttribute("accountEmail", opened.account() == null ? null : opened.account().email());
		model.addAttribute("minLength", PasswordForm.MIN);
		if (opened.state() != LinkState.OPEN) {
			response.setStatus(opened.state().status);
			model.addAttribute("closedKind", "password.closed");
			return "portal/closed";
		}
		return "portal/password";
	}

}
