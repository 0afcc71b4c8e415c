package io.partnerflow.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.partnerflow.system.FormDates;
import io.partnerflow.system.FormRule;
import io.partnerflow.system.SubmittedForm;
import org.springframework.stereotype.Component;

import static io.partnerflow.onboarding.OnboardingProcess.*;

/**
 * The plan's rules that its forms cannot declare: the certified are among the trained, and the
 * joint business plan, the integration milestone and the CEO meeting are dated from the contract's
 * signature to today.
 */
@Component
class OnboardingFormRules implements FormRule {

	static final String FORM_TRAIN_SALES_PEOPLE = "partner-onboarding-train-sales-people";

	static final String FORM_TRAIN_TECHNICIANS = "partner-onboarding-train-technicians";

	static final String FORM_SIGN_BUSINESS_PLAN = "partner-onboarding-sign-business-plan";

	static final String FORM_REACH_INTEGRATION_MILESTONE = "partner-onboarding-reach-integration-milestone";

	static final String FORM_MEET_PARTNER_CEO = "partner-onboarding-meet-partner-ceo";

	private final Clock clock;

	OnboardingFormRules(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Set<String> formIds() {
		return Set.of(FORM_TRAIN_SALES_PEOPLE, FORM_TRAIN_TECHNICIANS, FORM_SIGN_BUSINESS_PLAN,
				FORM_REACH_INTEGRATION_MILESTONE, FORM_MEET_PARTNER_CEO);
	}

	@Override
	public List<String> problems(SubmittedForm form) {
		return switch (form.formId()) {
			case FORM_TRAIN_SALES_PEOPLE -> certifiedAmongTrained(form, VAR_SALES_PEOPLE_TRAINED, VAR_SALES_PEOPLE_CERTIFIED,
					"onboarding.salesPeople");
			case FORM_TRAIN_TECHNICIANS -> certifiedAmongTrained(form, VAR_TECHNICIANS_TRAINED, VAR_TECHNICIANS_CERTIFIED,
					"onboarding.technicians");
			case FORM_REACH_INTEGRATION_MILESTONE -> sinceTheContract(form, VAR_INTEGRATION_MILESTONE_REACHED_ON);
			case FORM_MEET_PARTNER_CEO -> sinceTheContract(form, VAR_CEO_MEETING_HELD_ON);
			default -> sinceTheContract(form, VAR_BUSINESS_PLAN_SIGNED_ON);
		};
	}

	/** The day {@code key} is from the contract's signature to today. */
	private List<String> sinceTheContract(SubmittedForm form, String key) {
		String problem = FormDates.outOfRange(form, key, form.date(VAR_CONTRACT_SIGNED_AT), "earliest.contractSignature",
				LocalDate.now(clock));
		return problem == null ? List.of() : List.of(problem);
	}

	private static List<String> certifiedAmongTrained(SubmittedForm form, String trained, String certified, String who) {
		return form.number(certified) > form.number(trained)
				? List.of(form.say("onboarding.certifiedOutnumberTrained", form.say(who)))
				: List.of();
	}

}
