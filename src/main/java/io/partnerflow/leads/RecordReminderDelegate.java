package io.partnerflow.leads;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.leads.LeadProcess.*;

/** The partner gave no news in time: the reminder is recorded, and the next period of silence takes the lead back. */
@Component
class RecordReminderDelegate implements JavaDelegate {

	private final Leads leads;

	RecordReminderDelegate(Leads leads) {
		this.leads = leads;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long leadId = ((Number) execution.getVariable(VAR_LEAD_ID)).longValue();
		execution.setVariables(leads.remind(leadId));
	}

}
