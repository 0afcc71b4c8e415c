package io.partnerflow.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import io.partnerflow.deals.DealRequest;
import io.partnerflow.deals.DealService;
import io.partnerflow.onboarding.OnboardingPlanService;
import io.partnerflow.onboarding.PartnerTierInputs;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.tier.Certifications;
import io.partnerflow.tier.TierRules;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed partner's pages, after its login: its 100-day plan (each action, our team that does it
 * with the partner, its due date, done or not), its tier beside the tiers' rules of today and its own
 * figures, its certified people, its review dates, its deals, and the form
 * that registers a won deal as the API does. The partner is the logged-in account's, never one an
 * address names. Also the login page itself (the login is Spring Security's, {@link PortalSecurity}).
 */
@Controller
class PortalPartnerController {

	static final String DEAL_FORM = "dealForm";

	private final LoggedInPages pages;

	private final PartnerService partners;

	private final OnboardingPlanService plans;

	private final DealService deals;

	private final TierRules tierRules;

	private final PartnerTierInputs tierInputs;

	private final Certifications certifications;

	private final Clock clock;

	private final PortalLanguage languages;

	private final SpringValidatorAdapter validator;

	PortalPartnerController(LoggedInPages pages, PartnerService partners, OnboardingPlanService plans,
			DealService deals, TierRules tierRules, PartnerTierInputs tierInputs, Certifications certifications,
			Clock clock, PortalLanguage languages, Validator validator) {
		this.pages = pages;
		this.partners = partners;
		this.plans = plans;
		this.deals = deals;
		this.tierRules = tierRules;
		this.tierInputs = tierInputs;
		this.certifications = certifications;
		this.clock = clock;
		this.languages = languages;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@GetMapping({ "/portal", "/portal/" })
	String home() {
		return "redirect:/portal/plan";
	}

	@GetMapping("/portal/login")
	String login(@RequestParam(required = false) String lang, @RequestParam(required = false) String error,
			@RequestParam(required = false) String done, HttpServletRequest request, Model model) {
		Locale locale = PortalLanguage.choose(lang, null, request, languages);
		model.addAttribute("lang", locale.getLanguage());
		model.addAttribute("action", "/portal/login");
		model.addAttribute("failed", error != null);
		model.addAttribute("done", done == null || !done.matches("password|logout") ? null : done);
		return "portal/login";
	}

	@InitBinder(DEAL_FORM)
	void dealFieldsOnly(WebDataBinder binder) {
		binder.setAllowedFields("customer", "amount", "signedOn");
	}

	@GetMapping("/portal/plan")
	String plan(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String lang,
			@RequestParam(required = false) String done, HttpServletRequest request, Model model) {
		pages.keepLanguage(user, lang);
		model.addAttribute(DEAL_FORM, new DealForm());
		model.addAttribute("registered", "deal".equals(done));
		return page(user, lang, request, model);
	}

	@PostMapping("/portal/deals")
	String registerDeal(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String lang,
			@ModelAttribute(DEAL_FORM) DealForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Partner partner = partners.get(user.partnerReference());
		if (!deals.canSignDeals(partner)) {
			errors.reject("Deal.notSigned");
		}
		if (!errors.hasErrors()) {
			DealRequest deal = form.toRequest();
			validator.validate(deal, errors);
			if (!errors.hasFieldErrors("signedOn") && deal.signedOn() != null) {
				deals.refusal(partner, deal.signedOn())
					.ifPresent(refused -> errors.rejectValue("signedOn", "Deal." + refused.name()));
			}
			if (!errors.hasErrors()) {
				deals.record(partner.getReference(), deal.customer(), deal.amount(), deal.signedOn(),
						PartnerService.CONTACT_ACTOR);
				return "redirect:/portal/plan?done=deal" + LoggedInPages.language(lang);
			}
		}
		response.setStatus(422);
		model.addAttribute("registered", false);
		return page(user, lang, request, model);
	}

	private String page(PortalUser user, String lang, HttpServletRequest request, Model model) {
		Partner partner = pages.prepare(user, lang, "/portal/plan", request, model);
		model.addAttribute("plan", plans.partnerPlan(partner.getReference()).orElse(null));
		model.addAttribute("deals", deals.list(partner.getReference()));
		model.addAttribute("canSignDeals", deals.canSignDeals(partner));
		// the tiers as the decision table gives them today, and the partner's figures it reads
		model.addAttribute("tierRules", tierRules.current());
		model.addAttribute("figures", Map.of("yearlyRevenue", tierInputs.yearlyRevenue(partner.getReference()),
				"certifiedSalesPeople", tierInputs.certifiedSalesPeople(partner.getReference()),
				"certifiedTechnicians", tierInputs.certifiedTechnicians(partner.getReference())));
		// the partner's people certified, the valid ones counting for the tier
		model.addAttribute("certifications", certifications.list(partner.getReference()));
		model.addAttribute("today", LocalDate.now(clock));
		return "portal/plan";
	}

}
