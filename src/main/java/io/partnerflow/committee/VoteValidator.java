package io.partnerflow.committee;

import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidator;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorContext;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import static io.partnerflow.committee.CommitteeVoteProcess.MEMBER;
import static io.partnerflow.committee.CommitteeVoteProcess.VOTE_COMMENT;

/**
 * Server-side check of a submitted vote (the form's {@code vote} field validator): a choice among
 * APPROVE, REJECT, ABSTAIN, a comment with a reject, and the submitter is the member the ballot is
 * for. A refusal is a {@link BallotRefusedException} (HTTP 400 from submit-form, with the
 * message) or an {@link AuthorizationException} (403); the task stays open.
 */
@Component("voteValidator")
public class VoteValidator implements FormFieldValidator {

	@Override
	public boolean validate(Object submittedValue, FormFieldValidatorContext context) {
		String member = (String) context.getVariableScope().getVariable(MEMBER);
		Authentication authentication = Context.getCommandContext() == null ? null
				: Context.getCommandContext().getAuthentication();
		if (authentication != null && !member.equals(authentication.getUserId())) {
			throw new AuthorizationException(
					authentication.getUserId() + " cannot vote in the place of committee member " + member);
		}
		Choice choice = Choice.parse(submittedValue)
			.orElseThrow(() -> new BallotRefusedException(
					"Choose your vote: APPROVE, REJECT or ABSTAIN (got " + submittedValue + ")"));
		String comment = Optional.ofNullable(context.getSubmittedValues().get(VOTE_COMMENT))
			.map(Object::toString)
			.map(String::strip)
			.orElse("");
		if (choice == Choice.REJECT && comment.isEmpty()) {
			throw new BallotRefusedException("A reject needs a comment: say why");
		}
		if (comment.length() > 2000) {
			throw new BallotRefusedException("The comment is limited to 2000 characters");
		}
		return true;
	}

}
