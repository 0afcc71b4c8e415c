package io.partnerflow.leads;

import io.partnerflow.system.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static io.partnerflow.leads.LeadProcess.*;

/** Records what pre-sales did for the partner's offer, when its task is completed (its form accepted it). */
@Component
class RecordPresalesHelpListener implements TaskListener {

	private final Leads leads;

	RecordPresalesHelpListener(Leads leads) {
		this.leads = leads;
	}

	@Override
	public void notify(DelegateTask task) {
		SubmittedForm form = SubmittedForm.of(task);
		leads.presalesGiven(((Number) task.getVariable(VAR_LEAD_ID)).longValue(), form.text(VAR_PRESALES_SUMMARY),
				SubmittedForm.completedBy(task));
	}

}
