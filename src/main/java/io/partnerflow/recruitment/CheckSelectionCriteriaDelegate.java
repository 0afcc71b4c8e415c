package io.partnerflow.recruitment;

import java.util.Map;

import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Evaluates the {@code selection-criteria} table (which managers edit) on the candidate's figures as
 * the partner holds them (never copies in process variables, which a start could have sent), records
 * the score on the partner and sets {@code eligible}, {@code ineligibilityReason},
 * {@code selectionScore} and {@code selectionReason} (the table's reason for the score) for the
 * gateway and the committee.
 */
@Component
class CheckSelectionCriteriaDelegate implements JavaDelegate {

	private final PartnerService partners;

	CheckSelectionCriteriaDelegate(PartnerService partners) {
		this.partners = partners;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Partner partner = partners.get(execution.getProcessBusinessKey());
		Map<String, Object> inputs = Variables.createVariables()
			.putValue(RecruitmentProcess.ANNUAL_REVENUE, orZero(partner.getAnnualRevenue()))
			.putValue(RecruitmentProcess.SALES_STAFF, orZero(partner.getSalesStaff()))
			.putValue(RecruitmentProcess.TECHNICAL_STAFF, orZero(partner.getTechnicalStaff()))
			.putValue(RecruitmentProcess.COMPETING_SUPPLIERS, orZero(partner.getCompetingSuppliers()))
			.putValue(RecruitmentProcess.MARKET, partner.getMarket());
		DmnDecisionRuleResult result = execution.getProcessEngineServices()
			.getDecisionService()
			.evaluateDecisionTableByKey(RecruitmentProcess.DECISION_SELECTION_CRITERIA, inputs)
			.getSingleResult();
		boolean eligible = Boolean.TRUE.equals(result.getEntry("eligible"));
		int score = ((Number) result.getEntry("score")).intValue();
		partners.recordSelectionScore(execution.getProcessBusinessKey(), score, RecruitmentProcess.DECISION_SELECTION_CRITERIA);
		execution.setVariable(RecruitmentProcess.ELIGIBLE, eligible);
		execution.setVariable(RecruitmentProcess.SELECTION_SCORE, score);
		execution.setVariable(RecruitmentProcess.INELIGIBILITY_REASON, eligible ? "" : (String) result.getEntry("reason"));
		execution.setVariable(RecruitmentProcess.SELECTION_REASON, result.getEntry("reason"));
	}

	private static long orZero(Long value) {
		return value == null ? 0 : value;
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}

}
