package io.partnerflow.portal;

import java.util.List;

import io.partnerflow.recruitment.ApplicationFileData;
import jakarta.validation.constraints.Size;

/**
 * The application file's page as the candidate fills it in: any answer may still be empty in a
 * draft, none may be longer than a submitted one may be. What a submission needs is
 * {@link ApplicationFileData}'s rules, checked on {@link #toData()}.
 */
public class ApplicationForm {

	/** The answers' names, in the order of the page; each is a field of this form and of the file. */
	static final List<String> FIELDS = List.of("motivation", "organisation", "firstCustomers", "strategy",
			"whyStrategic", "prospects");

	@Size(max = ApplicationFileData.MAX_ANSWER)
	private String motivation;

	@Size(max = ApplicationFileData.MAX_ANSWER)
	private String organisation;

	@Size(max = ApplicationFileData.MAX_ANSWER)
	private String firstCustomers;

	@Size(max = ApplicationFileData.MAX_ANSWER)
	private String strategy;

	@Size(max = ApplicationFileData.MAX_ANSWER)
	private String whyStrategic;

	@Size(max = ApplicationFileData.MAX_ANSWER)
	private String prospects;

	ApplicationFileData toData() {
		return new ApplicationFileData(motivation, organisation, firstCustomers, strategy, whyStrategic, prospects);
	}

	static ApplicationForm of(ApplicationFileData answers) {
		ApplicationForm form = new ApplicationForm();
		form.motivation = answers.motivation();
		form.organisation = answers.organisation();
		form.firstCustomers = answers.firstCustomers();
		form.strategy = answers.strategy();
		form.whyStrategic = answers.whyStrategic();
		form.prospects = answers.prospects();
		return form;
	}

	/** An answer as kept: without the spaces around it, and none when nothing is left. */
	private static String answer(String typed) {
		return typed == null || typed.isBlank() ? null : typed.strip();
	}

	// the page's fields bind through these (Thymeleaf and Spring MVC read JavaBean properties)

	public String getMotivation() {
		return motivation;
	}

	public void setMotivation(String motivation) {
		this.motivation = answer(motivation);
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = answer(organisation);
	}

	public String getFirstCustomers() {
		return firstCustomers;
	}

	public void setFirstCustomers(String firstCustomers) {
		this.firstCustomers = answer(firstCustomers);
	}

	public String getStrategy() {
		return strategy;
	}

	public void setStrategy(String strategy) {
		this.strategy = answer(strategy);
	}

	public String getWhyStrategic() {
		return whyStrategic;
	}

	public void setWhyStrategic(String whyStrategic) {
		this.whyStrategic = answer(whyStrategic);
	}

	public String getProspects() {
		return prospects;
	}

	public void setProspects(String prospects) {
		this.prospects = answer(prospects);
	}

}
