package io.partnerflow.recruitment;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the value proposition of a completed approach on the partner, in the completion's
 * transaction, with who presented it: the partner page, the committee and the timeline read it from
 * there. The form's checks ran before (the engine's guard): the figures are whole and not negative.
 */
@Component
class RecordValuePropositionListener implements TaskListener {

	private final PartnerService partners;

	RecordValuePropositionListener(PartnerService partners) {
		this.partners = partners;
	}

	@Override
	public void notify(DelegateTask task) {
		SubmittedForm form = SubmittedForm.of(task);
		Long margin = form.number(RecruitmentProcess.AVERAGE_DEAL_MARGIN);
		Long roi = form.number(RecruitmentProcess.EXPECTED_ROI);
		Long revenue = form.number(RecruitmentProcess.EXPECTED_REVENUE_3_YEARS);
		if (margin != null && roi != null && revenue != null) {
			partners.recordValueProposition(task.getExecution().getProcessBusinessKey(), margin, Math.toIntExact(roi), revenue,
					SubmittedForm.completedBy(task));
		}
	}

}
