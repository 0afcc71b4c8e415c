package io.partnerflow.portal;

import java.time.ZoneId;
import java.util.Locale;

import io.partnerflow.portal.PortalApplications.Opened;
import io.partnerflow.portal.PortalApplications.Result;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
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
 * The candidate's application file page, {@code /portal/application/{token}}: the answers with a
 * draft's time, "save draft" and "submit" (one form, two buttons, so it works without JavaScript),
 * a message next to each answer that is refused, and a clear page when the link no longer opens the
 * file. After a save or a submission the browser is sent back to the page (no form resent on reload).
 */
@Controller
@RequestMapping(ApplicationLinks.PATH + "{token}")
class PortalApplicationController {

	static final String FORM = "application";

	/** Whether the page follows a draft's save (it says so). */
	private static final String SAVED = "saved";

	private final PortalApplications applications;

	private final PortalLanguage languages;

	private final PortalPeople people;

	private final ZoneId zone;

	PortalApplicationController(PortalApplications applications, PortalLanguage languages, PortalPeople people,
			@Value("${partnerflow.portal.time-zone:Europe/Paris}") ZoneId zone) {
		this.applications = applications;
		this.languages = languages;
		this.people = people;
		this.zone = zone;
	}

	@InitBinder(FORM)
	void answersOnly(WebDataBinder binder) {
		binder.setAllowedFields(ApplicationForm.FIELDS.toArray(String[]::new));
	}

	@GetMapping
	String show(@PathVariable String token, @RequestParam(required = false) String lang,
			@RequestParam(required = false) String done, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Opened opened = applications.open(token);
		if ("submitted".equals(done) && opened.state() == LinkState.USED) {
			// the page the submission leads to: thanks, not a refusal
			page(token, opened, lang, request, model);
			return "portal/received";
		}
		model.addAttribute(SAVED, "saved".equals(done));
		return render(token, opened, lang, request, response, model);
	}

	/** "submit" submits the file; anything else (the "save draft" button, a form without a button) keeps a draft. */
	@PostMapping
	String post(@PathVariable String token, @RequestParam(required = false) String lang,
			@RequestParam(defaultValue = "save") String action, @ModelAttribute(FORM) ApplicationForm form,
			BindingResult errors, HttpServletRequest request, HttpServletResponse response, Model model) {
		boolean submit = "submit".equals(action);
		Result result = submit ? applications.submit(token, form, errors) : applications.save(token, form, errors);
		if (result.done()) {
			return "redirect:" + ApplicationLinks.PATH + token + (submit ? "?done=submitted" : "?done=saved") + LoggedInPages.language(lang);
		}
		return render(token, result.page(), lang, request, response, model);
	}

	private String render(String token, Opened opened, String lang, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		page(token, opened, lang, request, model);
		if (opened.state() != LinkState.OPEN) {
			response.setStatus(opened.state().status);
			return "portal/closed";
		}
		BindingResult errors = (BindingResult) model.asMap().get(BindingResult.MODEL_KEY_PREFIX + FORM);
		if (errors != null && errors.hasErrors()) {
			response.setStatus(422);
		}
		else {
			model.addAttribute(FORM, opened.form());
		}
		return "portal/application";
	}

	private void page(String token, Opened opened, String lang, HttpServletRequest request, Model model) {
		Locale locale = PortalLanguage.choose(lang, opened.partner(), request, languages);
		PortalFormat format = new PortalFormat(locale, zone);
		model.addAttribute("state", opened.state().name());
		model.addAttribute(SAVED, Boolean.TRUE.equals(model.asMap().get(SAVED)));
		model.addAttribute("action", ApplicationLinks.PATH + token);
		model.addAttribute("lang", locale.getLanguage());
		model.addAttribute("partner", opened.partner());
		model.addAttribute("recruiter", opened.partner() == null ? null : people.recruiterOf(opened.partner()));
		model.addAttribute("fields", ApplicationForm.FIELDS);
		model.addAttribute("expiresOn", opened.expiresAt() == null ? null : format.day(opened.expiresAt()));
		model.addAttribute("draftSavedAt", opened.draftSavedAt() == null ? null : format.moment(opened.draftSavedAt()));
	}

}
