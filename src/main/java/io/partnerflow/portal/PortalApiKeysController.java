package io.partnerflow.portal;

import io.partnerflow.partner.Partner;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * A logged-in partner's API keys ({@code /portal/api-keys}): the keys its systems call the partner API
 * with, when each was last used, the form that creates one (shown once, on the answer to the form) and
 * the button that revokes one. Every key listed and revoked is the login's partner's; another's id is
 * answered 404, as an unknown one.
 */
@Controller
@RequestMapping(PortalApiKeysController.PATH)
class PortalApiKeysController {

	static final String PATH = "/portal/api-keys";

	static final String FORM = "apiKeyForm";

	private final LoggedInPages pages;

	private final ApiKeys keys;

	PortalApiKeysController(LoggedInPages pages, ApiKeys keys) {
		this.pages = pages;
		this.keys = keys;
	}

	@InitBinder(FORM)
	void nameOnly(WebDataBinder binder) {
		binder.setAllowedFields("name");
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String lang,
			@RequestParam(required = false) String done, HttpServletRequest request, Model model) {
		pages.keepLanguage(user, lang);
		model.addAttribute(FORM, new ApiKeyForm());
		model.addAttribute("revoked", "revoked".equals(done));
		return page(user, lang, request, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String lang,
			@Valid @ModelAttribute(FORM) ApiKeyForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (!errors.hasErrors()) {
			var created = keys.create(user, form.getName());
			if (created.isPresent()) {
				// shown on this answer only: never stored, never in an address
				model.addAttribute("createdKey", created.get().key());
				model.addAttribute("createdName", created.get().record().name());
				model.addAttribute(FORM, new ApiKeyForm());
				return page(user, lang, request, model);
			}
			errors.reject("ApiKey.tooMany", new Object[] { ApiKeys.MAX_ACTIVE }, null);
		}
		response.setStatus(422);
		return page(user, lang, request, model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String lang,
			@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (keys.revoke(user, id)) {
			return "redirect:" + PATH + "?done=revoked" + LoggedInPages.language(lang);
		}
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute(FORM, new ApiKeyForm());
		model.addAttribute("unknownKey", true);
		return page(user, lang, request, model);
	}

	private String page(PortalUser user, String lang, HttpServletRequest request, Model model) {
		Partner partner = pages.prepare(user, lang, PATH, request, model);
		model.addAttribute("keys", keys.list(partner.getReference()));
		model.addAttribute("apiAddress", PartnerApiSecurity.PATH);
		return "portal/api-keys";
	}

}
