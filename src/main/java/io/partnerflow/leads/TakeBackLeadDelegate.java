package io.partnerflow.leads;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.leads.LeadProcess.*;

/** A second period without news: the lead is taken back from its partner. */
@Component
class TakeBackLeadDelegate implements JavaDelegate {

	private final Leads leads;

	TakeBackLeadDelegate(Leads leads) {
		this.leads = leads;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long leadId = ((Number) execution.getVariable(VAR_LEAD_ID)).longValue();
		execution.setVariables(leads.takeBack(leadId));
	}

}
