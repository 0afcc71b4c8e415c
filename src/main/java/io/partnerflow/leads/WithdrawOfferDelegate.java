package io.partnerflow.leads;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.leads.LeadProcess.*;

/** The partner did not answer in time: its offer lapses and the lead goes to the next partner. */
@Component
class WithdrawOfferDelegate implements JavaDelegate {

	private final Leads leads;

	WithdrawOfferDelegate(Leads leads) {
		this.leads = leads;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long leadId = ((Number) execution.getVariable(VAR_LEAD_ID)).longValue();
		leads.lapse(leadId);
	}

}
