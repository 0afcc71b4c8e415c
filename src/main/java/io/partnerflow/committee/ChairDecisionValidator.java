package io.partnerflow.committee;

import java.util.Optional;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidator;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorContext;
import org.springframework.stereotype.Component;

import static io.partnerflow.committee.CommitteeVoteProcess.APPROVED;
import static io.partnerflow.committee.CommitteeVoteProcess.CHAIR_COMMENT;
import static io.partnerflow.committee.CommitteeVoteProcess.REJECTED;

/**
 * Server-side check of the chair's decision (the {@code chairDecision} field validator): APPROVED
 * or REJECTED, with a comment. A refusal is a {@link BallotRefusedException}: HTTP 400 from
 * submit-form; the task stays open.
 */
@Component("chairDecisionValidator")
public class ChairDecisionValidator implements FormFieldValidator {

	@Override
	public boolean validate(Object submittedValue, FormFieldValidatorContext context) {
		if (!APPROVED.equals(submittedValue) && !REJECTED.equals(submittedValue)) {
			throw new BallotRefusedException("Decide APPROVED or REJECTED (got " + submittedValue + ")");
		}
		boolean commented = Optional.ofNullable(context.getSubmittedValues().get(CHAIR_COMMENT))
			.map(Object::toString)
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.isPresent();
		if (!commented) {
			throw new BallotRefusedException("The chair's decision needs a comment: say why");
		}
		return true;
	}

}
