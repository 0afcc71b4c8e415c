package io.partnerflow.exitreview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.partnerflow.system.FormDates;
import io.partnerflow.system.FormRule;
import io.partnerflow.system.SubmittedForm;
import org.springframework.stereotype.Component;

import static io.partnerflow.exitreview.ExitReviewProcess.*;

/**
 * The review's rules that its forms cannot declare: an exception at the final review needs the
 * manager's written reason, and the exit conversation is held from the exit decision to today.
 */
@Component
class ExitReviewFormRules implements FormRule {

	static final String FORM_DECIDE_FINAL_EXIT = "exit-review-decide-final-exit";

	static final String FORM_DECIDE_EXIT_AFTER_RED_CARD = "exit-review-decide-exit-after-red-card";

	static final String FORM_HOLD_EXIT_CONVERSATION = "exit-review-hold-exit-conversation";

	private final Clock clock;

	ExitReviewFormRules(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Set<String> formIds() {
		return Set.of(FORM_DECIDE_FINAL_EXIT, FORM_DECIDE_EXIT_AFTER_RED_CARD, FORM_HOLD_EXIT_CONVERSATION);
	}

	@Override
	public List<String> problems(SubmittedForm form) {
		if (FORM_DECIDE_FINAL_EXIT.equals(form.formId()) || FORM_DECIDE_EXIT_AFTER_RED_CARD.equals(form.formId())) {
			return DECISION_EXCEPTION.equals(form.text(VAR_REVIEW_DECISION)) && form.text(VAR_DECISION_REASON) == null
					? List.of(form.say("exitReview.reasonForException", form.label(VAR_DECISION_REASON)))
					: List.of();
		}
		// the conversation's task is created when the exit is decided
		String problem = FormDates.outOfRange(form, VAR_EXIT_CONVERSATION_ON, form.taskCreatedOn(), "earliest.exitDecision",
				LocalDate.now(clock));
		return problem == null ? List.of() : List.of(problem);
	}

}
