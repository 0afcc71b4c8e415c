package io.partnerflow.leads;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.TaskCompleter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.leads.LeadProcess.*;

/** Offers the lead to the partner the lead cell confirmed, who has until {@code respondBy} to accept it. */
@Component
class OfferLeadDelegate implements JavaDelegate {

	private final Leads leads;

	OfferLeadDelegate(Leads leads) {
		this.leads = leads;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long leadId = ((Number) execution.getVariable(VAR_LEAD_ID)).longValue();
		String actor = TaskCompleter.of(execution, CONFIRM_PARTNER, PartnerService.SYSTEM_ACTOR);
		execution.setVariables(leads.offer(leadId, (String) execution.getVariable(VAR_ASSIGNED_PARTNER),
				(String) execution.getVariable(VAR_PROPOSED_PARTNER), actor));
	}

}
