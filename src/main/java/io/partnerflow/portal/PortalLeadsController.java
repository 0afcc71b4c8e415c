package io.partnerflow.portal;

import java.math.BigDecimal;
import java.util.List;

import io.partnerflow.dealregistration.DealRegistrations;
import io.partnerflow.dealregistration.ProjectAlreadyRegisteredException;
import io.partnerflow.deals.DealService;
import io.partnerflow.leads.LeadConflictException;
import io.partnerflow.leads.LeadNotFoundException;
import io.partnerflow.leads.PartnerLead;
import io.partnerflow.leads.PartnerLeads;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.BadRequestException;
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
 * A logged-in partner's leads ({@code /portal/leads}): each lead the lead cell offered it, to accept or
 * decline before its deadline, and on each lead it follows the progress to report (customer contacted,
 * offer made, which registers the deal, won once that registration is approved, lost), and a request
 * for pre-sales help. The partner is the login's ({@link PartnerLeads} acts on its own leads only: any
 * other lead is unknown to it); the forms carry the portal's CSRF token.
 */
@Controller
@RequestMapping(PortalLeadsController.PATH)
class PortalLeadsController {

	static final String PATH = "/portal/leads";

	static final String FORM = "leadForm";

	/** What a lead's forms send in {@code action}. */
	static final List<String> ACTIONS = List.of("accept", "decline", "contacted", "offer-made", "won", "lost", "presales");

	private static final BigDecimal LARGEST = new BigDecimal("999999999999.99");

	private static final int MAX_TEXT = PartnerLeads.MAX_TEXT;

	private final LoggedInPages pages;

	private final PartnerService partners;

	private final PartnerLeads leads;

	private final DealRegistrations registrations;

	private final DealService deals;

	PortalLeadsController(LoggedInPages pages, PartnerService partners, PartnerLeads leads,
			DealRegistrations registrations, DealService deals) {
		this.pages = pages;
		this.partners = partners;
		this.leads = leads;
		this.registrations = registrations;
		this.deals = deals;
	}

	@InitBinder(FORM)
	void leadFieldsOnly(WebDataBinder binder) {
		binder.setAllowedFields("lead", "action", "reason", "offerValue", "expectedCloseOn", "amount", "signedOn",
				"request");
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String lang,
			@RequestParam(required = false) String done, HttpServletRequest request, Model model) {
		pages.keepLanguage(user, lang);
		model.addAttribute(FORM, new LeadActionForm());
		model.addAttribute("done", done != null && ACTIONS.contains(done) ? done : null);
		return page(user, lang, request, model);
	}

	@PostMapping
	String act(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String lang,
			@ModelAttribute(FORM) LeadActionForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Partner partner = partners.get(user.partnerReference());
		String action = form.getAction();
		if (form.getLead() == null || !ACTIONS.contains(action)) {
			errors.reject("Leads.unknownAction");
			model.addAttribute("strayLead", true);
		}
		if (!errors.hasErrors()) {
			check(partner, form, errors);
		}
		if (!errors.hasErrors()) {
			try {
				run(partner.getReference(), form);
				return "redirect:" + PATH + "?done=" + action + LoggedInPages.language(lang);
			}
			catch (LeadNotFoundException unknown) {
				// a lead of another partner, or none: nothing says which
				errors.reject("Leads.unknown");
				response.setStatus(404);
				model.addAttribute("strayLead", true);
				return failed(user, lang, request, model, form);
			}
			catch (LeadConflictException refused) {
				errors.reject("Leads.refused." + refused.reason().name());
			}
			catch (ProjectAlreadyRegisteredException taken) {
				errors.reject("Registration.taken");
			}
			catch (BadRequestException invalid) {
				errors.reject("Leads.invalid", new Object[] { invalid.sentence() }, invalid.sentence());
			}
		}
		response.setStatus(422);
		return failed(user, lang, request, model, form);
	}

	/** What the action needs, checked as the page's fields: the partner reads each message next to its field. */
	private void check(Partner partner, LeadActionForm form, BindingResult errors) {
		switch (form.getAction()) {
			case "decline" -> text(errors, "reason", form.getReason(), false);
			case "lost" -> text(errors, "reason", form.getReason(), true);
			case "presales" -> text(errors, "request", form.getRequest(), true);
			case "offer-made" -> {
				amount(errors, "offerValue", form.getOfferValue());
				if (form.getExpectedCloseOn() == null) {
					errors.rejectValue("expectedCloseOn", "NotNull.expectedCloseOn");
				}
				else if (registrations.closesInThePast(form.getExpectedCloseOn())) {
					errors.rejectValue("expectedCloseOn", "Registration.pastClose");
				}
			}
			case "won" -> {
				amount(errors, "amount", form.getAmount());
				if (form.getSignedOn() == null) {
					errors.rejectValue("signedOn", "NotNull.signedOn");
				}
				else {
					deals.refusal(partner, form.getSignedOn())
						.ifPresent(refused -> errors.rejectValue("signedOn", "Deal." + refused.name()));
				}
			}
			default -> {
			}
		}
	}

	private void run(String partner, LeadActionForm form) {
		String lead = form.getLead();
		String actor = PartnerService.CONTACT_ACTOR;
		switch (form.getAction()) {
			case "accept" -> leads.accept(partner, lead, actor);
			case "decline" -> leads.decline(partner, lead, form.getReason(), actor);
			case "contacted" -> leads.contacted(partner, lead, actor);
			case "offer-made" -> leads.offerMade(partner, lead, form.getOfferValue(), form.getExpectedCloseOn(), actor);
			case "won" -> leads.won(partner, lead, form.getAmount(), form.getSignedOn(), actor);
			case "lost" -> leads.lost(partner, lead, form.getReason(), actor);
			case "presales" -> leads.askPresales(partner, lead, form.getRequest(), actor);
			default -> throw new IllegalArgumentException(form.getAction());
		}
	}

	private static void text(BindingResult errors, String field, String value, boolean required) {
		if (required && (value == null || value.isBlank())) {
			errors.rejectValue(field, "NotBlank.lead" + capitalized(field));
		}
		else if (value != null && value.strip().length() > MAX_TEXT) {
			errors.rejectValue(field, "Size.leadText", new Object[] { MAX_TEXT }, null);
		}
	}

	private static void amount(BindingResult errors, String field, BigDecimal amount) {
		if (errors.hasFieldErrors(field)) {
			return;
		}
		if (amount == null) {
			errors.rejectValue(field, "NotNull.amount");
		}
		else if (amount.signum() <= 0) {
			errors.rejectValue(field, "Positive.amount");
		}
		else if (amount.compareTo(LARGEST) > 0) {
			errors.rejectValue(field, "DecimalMax.amount");
		}
		else if (amount.stripTrailingZeros().scale() > 2) {
			errors.rejectValue(field, "Digits.amount");
		}
	}

	private static String capitalized(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private String failed(PortalUser user, String lang, HttpServletRequest request, Model model, LeadActionForm form) {
		model.addAttribute("done", null);
		model.addAttribute("actedOn", form.getLead());
		return page(user, lang, request, model);
	}

	private String page(PortalUser user, String lang, HttpServletRequest request, Model model) {
		Partner partner = pages.prepare(user, lang, PATH, request, model);
		List<PartnerLead> offered = leads.of(partner.getReference());
		model.addAttribute("leads", offered);
		return "portal/leads";
	}

}
