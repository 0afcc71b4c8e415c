package io.partnerflow.exitreview;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.partner.TaskCompleter;
import io.partnerflow.system.ProcessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.exitreview.ExitReviewProcess.HOLD_EXIT_CONVERSATION;
import static io.partnerflow.exitreview.ExitReviewProcess.ROUND_RED_CARD;
import static io.partnerflow.exitreview.ExitReviewProcess.VAR_EXIT_CONVERSATION_SUMMARY;
import static io.partnerflow.exitreview.ExitReviewProcess.VAR_REVIEW_ROUND;

/**
 * Ends the partnership: the contract is terminated and the partner EXITED, by the manager who held
 * the exit conversation (idempotent for a retried job). After a red card, the partner's 100-day plan,
 * if it still runs, ends too.
 */
@Component
class TerminateContractDelegate implements JavaDelegate {

	private final PartnerService partners;

	private final RuntimeService runtime;

	TerminateContractDelegate(PartnerService partners, RuntimeService runtime) {
		this.partners = partners;
		this.runtime = runtime;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = execution.getProcessBusinessKey();
		if (partners.get(reference).getStatus() != PartnerStatus.EXITED) {
			partners.changeStatus(reference, PartnerStatus.EXITED,
					TaskCompleter.of(execution, HOLD_EXIT_CONVERSATION, PartnerService.SYSTEM_ACTOR),
					"contract terminated after the exit conversation: " + execution.getVariable(VAR_EXIT_CONVERSATION_SUMMARY));
		}
		if (ROUND_RED_CARD.equals(execution.getVariable(VAR_REVIEW_ROUND))) {
			// a red card's review is not the plan's own (which calls the review at months 6 and 9): the plan
			// of a partner that leaves during its 100 days ends with it
			runtime.createProcessInstanceQuery()
				.processDefinitionKey(ProcessKeys.ONBOARDING)
				.processInstanceBusinessKey(reference)
				.list()
				.forEach(plan -> runtime.deleteProcessInstance(plan.getId(), "partner exited after a red card"));
		}
	}

}
