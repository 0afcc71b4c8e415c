package io.partnerflow.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.recruitmentplan.RecruitmentPlans;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Evaluates the {@code selection-criteria} table (which managers edit) on the candidate's figures,
 * market and category as the partner holds them (never copies in process variables, which a start
 * could have sent) and whether its market is a priority of the year's approved recruitment plan; records
 * the score on the partner, with the version of the table that decided, in its timeline, and sets {@code eligible}, {@code ineligibilityReason},
 * {@code selectionScore} and {@code selectionReason} (the table's reason for the score) for the
 * gateway and the committee.
 */
@Component
class CheckSelectionCriteriaDelegate implements JavaDelegate {

	private final PartnerService partners;

	private final RecruitmentPlans plans;

	private final Clock clock;

	CheckSelectionCriteriaDelegate(PartnerService partners, RecruitmentPlans plans, Clock clock) {
		this.partners = partners;
		this.plans = plans;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Partner partner = partners.get(execution.getProcessBusinessKey());
		Map<String, Object> inputs = Variables.createVariables()
			.putValue(RecruitmentProcess.ANNUAL_REVENUE, orZero(partner.getAnnualRevenue()))
			.putValue(RecruitmentProcess.SALES_STAFF, orZero(partner.getSalesStaff()))
			.putValue(RecruitmentProcess.TECHNICAL_STAFF, orZero(partner.getTechnicalStaff()))
			.putValue(RecruitmentProcess.COMPETING_SUPPLIERS, orZero(partner.getCompetingSuppliers()))
			.putValue(RecruitmentProcess.MARKET, partner.getMarket())
			.putValue(RecruitmentProcess.CATEGORY, partner.getCategory().name())
			.putValue(RecruitmentProcess.MARKET_PRIORITY, plans.isPriority(partner.getMarket(), LocalDate.now(clock)));
		ProcessEngineServices engine = execution.getProcessEngineServices();
		// the table's version of this moment decides, and the timeline says which
		DecisionDefinition table = engine.getRepositoryService()
			.createDecisionDefinitionQuery()
			.decisionDefinitionKey(RecruitmentProcess.DECISION_SELECTION_CRITERIA)
			.latestVersion()
			.singleResult();
		DmnDecisionRuleResult result = engine.getDecisionService()
			.evaluateDecisionTableById(table.getId(), inputs)
			.getSingleResult();
		boolean eligible = Boolean.TRUE.equals(result.getEntry("eligible"));
		int score = ((Number) result.getEntry("score")).intValue();
		partners.recordSelectionScore(execution.getProcessBusinessKey(), score,
				RecruitmentProcess.DECISION_SELECTION_CRITERIA + " v" + table.getVersion());
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
