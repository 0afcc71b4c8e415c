package io.partnerflow.onboarding;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The partner signed its first deal: it is ACTIVE (idempotent for a retried job). */
@Component
class ActivatePartnerDelegate implements JavaDelegate {

	private final PartnerService partners;

	ActivatePartnerDelegate(PartnerService partners) {
		this.partners = partners;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = execution.getProcessBusinessKey();
		if (partners.get(reference).getStatus() != PartnerStatus.ACTIVE) {
			partners.changeStatus(reference, PartnerStatus.ACTIVE, PartnerService.SYSTEM_ACTOR, "first deal signed");
		}
	}

}
