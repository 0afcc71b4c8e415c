package io.partnerflow.leads;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.leads.LeadProcess.*;

/** The lead is back in the lead cell, which decides what becomes of it. */
@Component
class ReturnLeadDelegate implements JavaDelegate {

	private final Leads leads;

	ReturnLeadDelegate(Leads leads) {
		this.leads = leads;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long leadId = ((Number) execution.getVariable(VAR_LEAD_ID)).longValue();
		execution.setVariables(leads.returnToCell(leadId));
	}

}
