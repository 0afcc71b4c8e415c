package io.partnerflow.exitreview;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.partner.TaskCompleter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.exitreview.ExitReviewProcess.HOLD_EXIT_CONVERSATION;
import static io.partnerflow.exitreview.ExitReviewProcess.VAR_EXIT_CONVERSATION_SUMMARY;

/**
 * Ends the partnership: the contract is terminated and the partner EXITED, by the manager who held
 * the exit conversation (idempotent for a retried job).
 */
@Component
class TerminateContractDelegate implements JavaDelegate {

	private final PartnerService partners;

	TerminateContractDelegate(PartnerService partners) {
		this.partners = partners;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = execution.getProcessBusinessKey();
		if (partners.get(reference).getStatus() != PartnerStatus.EXITED) {
			partners.changeStatus(reference, PartnerStatus.EXITED,
					TaskCompleter.of(execution, HOLD_EXIT_CONVERSATION, PartnerService.SYSTEM_ACTOR),
					"contract terminated after the exit conversation: " + execution.getVariable(VAR_EXIT_CONVERSATION_SUMMARY));
		}
	}

}
