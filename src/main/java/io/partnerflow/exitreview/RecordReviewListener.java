package io.partnerflow.exitreview;

import java.time.Clock;
import java.time.LocalDate;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.FormDates;
import io.partnerflow.system.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static io.partnerflow.exitreview.ExitReviewProcess.*;

/**
 * Checks and records the review's decisions and the exit conversation when their tasks are
 * completed: extending is possible only at month 6; at month 9 the outcomes are exit or one
 * exception, which needs the manager's written reason.
 */
@Component
class RecordReviewListener implements TaskListener {

	private static final int MAX_TEXT = 4_000;

	private final PartnerService partners;

	private final Clock clock;

	RecordReviewListener(PartnerService partners, Clock clock) {
		this.partners = partners;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		String reference = task.getExecution().getProcessBusinessKey();
		String actor = FormInput.actor(task);
		FormInput form = new FormInput(task, clock);
		switch (task.getTaskDefinitionKey()) {
			case REVIEW_PARTNERSHIP -> {
				String decision = form.choice(VAR_REVIEW_DECISION, "Decision", DECISION_EXTEND, DECISION_EXIT);
				String reason = form.text(VAR_DECISION_REASON, "Reason", MAX_TEXT, false);
				form.check();
				partners.record(reference, actor, "REVIEW_MONTH_6", "Review at month 6: " + decision
						+ (reason == null ? "" : " (" + reason + ")"));
			}
			case DECIDE_FINAL_EXIT -> {
				String decision = form.choice(VAR_REVIEW_DECISION, "Decision", DECISION_EXIT, DECISION_EXCEPTION);
				String reason = form.text(VAR_DECISION_REASON, "Reason", MAX_TEXT, DECISION_EXCEPTION.equals(decision));
				form.check();
				partners.record(reference, actor, "REVIEW_MONTH_9", "Final review at month 9: " + decision
						+ (reason == null ? "" : " (" + reason + ")"));
			}
			case HOLD_EXIT_CONVERSATION -> {
				LocalDate heldOn = form.date(VAR_EXIT_CONVERSATION_ON, "Date of the conversation",
						FormDates.dayOf(task.getCreateTime().toInstant()), "the exit decision");
				String summary = form.text(VAR_EXIT_CONVERSATION_SUMMARY, "Summary", MAX_TEXT, true);
				form.check();
				partners.record(reference, actor, "EXIT_CONVERSATION", "Exit conversation on " + heldOn + ": " + summary);
			}
			default -> throw new IllegalStateException("No review record for task " + task.getTaskDefinitionKey());
		}
	}

}
