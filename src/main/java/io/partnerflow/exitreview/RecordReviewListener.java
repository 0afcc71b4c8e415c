package io.partnerflow.exitreview;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static io.partnerflow.exitreview.ExitReviewProcess.*;

/**
 * Records the review's decisions and the exit conversation on the partner's timeline when their
 * tasks are completed: the forms (extending only at month 6; exit or an exception at month 9) and
 * {@link ExitReviewFormRules} accepted them before (the engine's guard).
 */
@Component
class RecordReviewListener implements TaskListener {

	private final PartnerService partners;

	RecordReviewListener(PartnerService partners) {
		this.partners = partners;
	}

	@Override
	public void notify(DelegateTask task) {
		String reference = task.getExecution().getProcessBusinessKey();
		String actor = SubmittedForm.completedBy(task);
		SubmittedForm form = SubmittedForm.of(task);
		String decision = form.text(VAR_REVIEW_DECISION);
		String reason = form.text(VAR_DECISION_REASON);
		switch (task.getTaskDefinitionKey()) {
			case REVIEW_PARTNERSHIP -> partners.record(reference, actor, "REVIEW_MONTH_6", "Review at month 6: " + decision
					+ (reason == null ? "" : " (" + reason + ")"));
			case DECIDE_FINAL_EXIT -> partners.record(reference, actor, "REVIEW_MONTH_9", "Final review at month 9: "
					+ decision + (reason == null ? "" : " (" + reason + ")"));
			case DECIDE_EXIT_AFTER_RED_CARD -> partners.record(reference, actor, "REVIEW_RED_CARD", "Review after a red card: "
					+ decision + (reason == null ? "" : " (" + reason + ")"));
			case HOLD_EXIT_CONVERSATION -> partners.record(reference, actor, "EXIT_CONVERSATION", "Exit conversation on "
					+ form.date(VAR_EXIT_CONVERSATION_ON) + ": " + form.text(VAR_EXIT_CONVERSATION_SUMMARY));
			default -> throw new IllegalStateException("No review record for task " + task.getTaskDefinitionKey());
		}
	}

}
