package io.partnerflow.committee;

import java.util.LinkedHashMap;
import java.util.Map;

import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows the committee the candidate's country, category, market and figures as the partner's record
 * holds them when a ballot (a member's vote, the chair's decision) is created: task-local variables
 * its Camunda Form shows as text, never copied along in process variables. Like the application
 * file ({@link CommitteeApplicationFile}), no field of the form writes them, so the engine's guard
 * refuses any business user's write of them, and only the task's holders read them.
 */
@Component
class CandidateFiguresListener implements TaskListener {

	private final PartnerService partners;

	CandidateFiguresListener(PartnerService partners) {
		this.partners = partners;
	}

	@Override
	public void notify(DelegateTask task) {
		Partner partner = partners.get(task.getExecution().getProcessBusinessKey());
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put(CommitteeVoteProcess.COUNTRY, partner.getCountry());
		figures.put(CommitteeVoteProcess.CATEGORY, partner.getCategory() == null ? null : partner.getCategory().label());
		figures.put(CommitteeVoteProcess.MARKET, partner.getMarket());
		figures.put(CommitteeVoteProcess.ANNUAL_REVENUE, partner.getAnnualRevenue());
		figures.put(CommitteeVoteProcess.SALES_STAFF, partner.getSalesStaff());
		figures.put(CommitteeVoteProcess.TECHNICAL_STAFF, partner.getTechnicalStaff());
		task.setVariablesLocal(figures);
	}

}
