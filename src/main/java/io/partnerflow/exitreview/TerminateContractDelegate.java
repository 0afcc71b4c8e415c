package io.partnerflow.exitreview;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.exitreview.ExitReviewProcess.VAR_EXIT_CONVERSATION_SUMMARY;

/** Ends the partnership: the contract is terminated and the partner EXITED (idempotent for a retried job). */
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
			partners.changeStatus(reference, PartnerStatus.EXITED, "partnerflow",
					"contract terminated after the exit conversation: " + execution.getVariable(VAR_EXIT_CONVERSATION_SUMMARY));
		}
	}

}
