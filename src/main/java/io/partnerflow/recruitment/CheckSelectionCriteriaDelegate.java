package io.partnerflow.recruitment;

import java.util.Map;

import io.partnerflow.partner.PartnerService;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Evaluates the {@code selection-criteria} table (which managers edit) on the candidate's figures,
 * records the score on the partner and sets {@code eligible}, {@code ineligibilityReason},
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
		Map<String, Object> inputs = Variables.createVariables()
			.putValue("annualRevenue", execution.getVariable("annualRevenue"))
			.putValue("salesStaff", execution.getVariable("salesStaff"))
			.putValue("technicalStaff", execution.getVariable("technicalStaff"))
			.putValue("competingSuppliers", execution.getVariable("competingSuppliers"))
			.putValue("market", execution.getVariable("market"));
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

}
