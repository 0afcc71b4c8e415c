package io.partnerflow.exitreview;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.partner.TaskCompleter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.exitreview.ExitReviewProcess.*;

/**
 * Applies a decision that keeps the partner: an extension puts it back in onboarding (until month 9),
 * an exception keeps it as an active partner with the manager's reason; the timeline names the manager
 * who decided (the latest review task completed). Idempotent for a retried job.
 */
@Component
class ApplyReviewDecisionDelegate implements JavaDelegate {

	private final PartnerService partners;

	ApplyReviewDecisionDelegate(PartnerService partners) {
		this.partners = partners;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = execution.getProcessBusinessKey();
		String decision = (String) execution.getVariable(VAR_REVIEW_DECISION);
		PartnerStatus target = switch (decision) {
			case DECISION_EXTEND -> PartnerStatus.ONBOARDING;
			// after a red card, the partner goes back to where it was (its 100-day plan, or active)
			case DECISION_EXCEPTION -> ROUND_RED_CARD.equals(execution.getVariable(VAR_REVIEW_ROUND))
					? PartnerStatus.valueOf((String) execution.getVariable(VAR_STATUS_BEFORE_REVIEW)) : PartnerStatus.ACTIVE;
			default -> throw new IllegalStateException("Not a decision that keeps the partner: " + decision);
		};
		if (partners.get(reference).getStatus() != target) {
			String why = DECISION_EXTEND.equals(decision) ? "partnership extended to month 9"
					: "kept by exception: " + execution.getVariable(VAR_DECISION_REASON);
			partners.changeStatus(reference, target,
					TaskCompleter.ofLatest(execution, PartnerService.SYSTEM_ACTOR, REVIEW_PARTNERSHIP, DECIDE_FINAL_EXIT,
							DECIDE_EXIT_AFTER_RED_CARD), why);
		}
	}

}
