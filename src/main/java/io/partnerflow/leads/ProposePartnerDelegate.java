package io.partnerflow.leads;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.leads.LeadProcess.*;

/**
 * Ranks the partners the lead may go to and proposes the best ({@link Leads#propose}); none left sends the
 * lead back to the cell.
 */
@Component
class ProposePartnerDelegate implements JavaDelegate {

	private final Leads leads;

	ProposePartnerDelegate(Leads leads) {
		this.leads = leads;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long leadId = ((Number) execution.getVariable(VAR_LEAD_ID)).longValue();
		execution.setVariables(leads.propose(leadId));
	}

}
