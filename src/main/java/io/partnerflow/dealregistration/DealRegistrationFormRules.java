package io.partnerflow.dealregistration;

import java.util.List;
import java.util.Set;

import io.partnerflow.system.FormRule;
import io.partnerflow.system.SubmittedForm;
import org.springframework.stereotype.Component;

import static io.partnerflow.dealregistration.DealRegistrationProcess.*;

/** The review's rule its form cannot declare: a rejection needs the reason the partner will read. */
@Component
class DealRegistrationFormRules implements FormRule {

	static final String FORM_REVIEW = "deal-registration-review-deal-registration";

	@Override
	public Set<String> formIds() {
		return Set.of(FORM_REVIEW);
	}

	@Override
	public List<String> problems(SubmittedForm form) {
		return DECISION_REJECT.equals(form.text(VAR_DECISION)) && form.text(VAR_REJECTION_REASON) == null
				? List.of(form.say("dealRegistration.reasonToReject", form.label(VAR_REJECTION_REASON)))
				: List.of();
	}

}
