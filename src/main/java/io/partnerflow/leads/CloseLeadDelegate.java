package io.partnerflow.leads;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.TaskCompleter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.leads.LeadProcess.*;

/** The lead cell closes a lead that came back: no partner will have it. */
@Component
class CloseLeadDelegate implements JavaDelegate {

	private final Leads leads;

	CloseLeadDelegate(Leads leads) {
		this.leads = leads;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long leadId = ((Number) execution.getVariable(VAR_LEAD_ID)).longValue();
		String actor = TaskCompleter.of(execution, DECIDE_RETURNED_LEAD, PartnerService.SYSTEM_ACTOR);
		Object note = execution.getVariable(VAR_CLOSE_NOTE);
		leads.close(leadId, note == null ? null : note.toString().strip(), actor);
	}

}
