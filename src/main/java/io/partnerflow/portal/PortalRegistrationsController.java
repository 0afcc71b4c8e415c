package io.partnerflow.portal;

import io.partnerflow.dealregistration.DealRegistrationRequest;
import io.partnerflow.dealregistration.DealRegistrations;
import io.partnerflow.dealregistration.ProjectAlreadyRegisteredException;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A logged-in partner's deal registrations ({@code /portal/registrations}): each opportunity it
 * registered and where it stands, and the form that registers one. A project another partner holds
 * is refused next to the project field, without naming that partner.
 */
@Controller
@RequestMapping(PortalRegistrationsController.PATH)
class PortalRegistrationsController {

	static final String PATH = "/portal/registrations";

	static final String FORM = "registrationForm";

	private final LoggedInPages pages;

	private final PartnerService partners;

	private final DealRegistrations registrations;

	private final SpringValidatorAdapter validator;

	PortalRegistrationsController(LoggedInPages pages, PartnerService partners, DealRegistrations registrations,
			Validator validator) {
		this.pages = pages;
		this.partners = partners;
		this.registrations = registrations;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@InitBinder(FORM)
	void registrationFieldsOnly(WebDataBinder binder) {
		binder.setAllowedFields("customer", "project", "expectedValue", "expectedCloseOn");
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String lang,
			@RequestParam(required = false) String done, HttpServletRequest request, Model model) {
		pages.keepLanguage(user, lang);
		model.addAttribute(FORM, new RegistrationForm());
		model.addAttribute("registered", "registered".equals(done));
		return page(user, lang, request, model);
	}

	@PostMapping
	String register(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String lang,
			@ModelAttribute(FORM) RegistrationForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Partner partner = partners.get(user.partnerReference());
		if (!registrations.canRegister(partner)) {
			errors.reject("Registration.notRunning");
		}
		if (!errors.hasErrors()) {
			DealRegistrationRequest registration = form.toRequest();
			validator.validate(registration, errors);
			if (!errors.hasFieldErrors("expectedCloseOn") && registration.expectedCloseOn() != null
					&& registrations.closesInThePast(registration.expectedCloseOn())) {
				errors.rejectValue("expectedCloseOn", "Registration.pastClose");
			}
			if (!errors.hasErrors()) {
				try {
					registrations.register(partner.getReference(), registration, PartnerService.CONTACT_ACTOR);
					return "redirect:" + PATH + "?done=registered" + LoggedInPages.language(lang);
				}
				catch (ProjectAlreadyRegisteredException taken) {
					errors.rejectValue("project", "Registration.taken");
				}
			}
		}
		response.setStatus(422);
		model.addAttribute("registered", false);
		return page(user, lang, request, model);
	}

	private String page(PortalUser user, String lang, HttpServletRequest request, Model model) {
		Partner partner = pages.prepare(user, lang, PATH, request, model);
		model.addAttribute("registrations", registrations.list(partner.getReference()));
		model.addAttribute("canRegister", registrations.canRegister(partner));
		return "portal/registrations";
	}

}
