package io.partnerflow.onboarding;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan decision as shipped ({@code bpmn/onboarding-plan.dmn}), row by row: the contract type
 * shapes the steps (a referral partner has no technical training, an OEM or white-label partner an
 * integration milestone), and a strategic partner (an OEM, white-label or alliance contract from
 * 5 MEUR a year, a technology provider from 5 MEUR, anyone from 20 MEUR) gets the CEO meeting. The
 * joint business plan is no output: every plan has it.
 */
class OnboardingPlanDecisionTest {

	static DmnDecision plan;

	static DmnEngine engine;

	@BeforeAll
	static void parse() throws Exception {
		engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream dmn = Files.newInputStream(Path.of("bpmn/onboarding-plan.dmn"))) {
			plan = engine.parseDecision(OnboardingProcess.DECISION_PLAN, dmn);
		}
	}

	@ParameterizedTest(name = "{0} {1} {2} EUR: technical training {3}, integration {4}, CEO meeting {5}")
	@CsvSource(nullValues = "null", value = {
			// contract, category, revenue: technical training, integration milestone, CEO meeting
			"REFERRAL,    REFERRAL,    800000,   false, false, false",
			"REFERRAL,    RESELLER,    6000000,  false, false, false",
			"REFERRAL,    TECHNOLOGY,  6000000,  false, false, true",
			"REFERRAL,    RESELLER,    25000000, false, false, true",
			"RESALE,      RESELLER,    2500000,  true,  false, false",
			"RESALE,      RESELLER,    5000000,  true,  false, false",
			"RESALE,      TECHNOLOGY,  5000000,  true,  false, true",
			"RESALE,      VAR,         20000000, true,  false, true",
			"ALLIANCE,    INTEGRATOR,  4999999,  true,  false, false",
			"ALLIANCE,    INTEGRATOR,  5000000,  true,  false, true",
			"OEM,         TECHNOLOGY,  1000000,  true,  true,  false",
			"OEM,         INTEGRATOR,  5000000,  true,  true,  true",
			"WHITE_LABEL, IT_SERVICES, 900000,   true,  true,  false",
			"WHITE_LABEL, RESELLER,    7000000,  true,  true,  true",
			// a plan started without a contract type: the standard plan
			"null,        RESELLER,    2500000,  true,  false, false",
			"null,        null,        0,        true,  false, false" })
	void theContractTypeAndTheStrategicRuleDecideTheSteps(String contractType, String category, long annualRevenue,
			boolean technicalTraining, boolean integrationMilestone, boolean ceoMeeting) {
		DmnDecisionResultEntries steps = engine.evaluateDecision(plan, Variables.createVariables()
			.putValue("contractType", contractType)
			.putValue("category", category)
			.putValue("annualRevenue", annualRevenue)).getSingleResult();

		assertThat(steps.getEntryMap()).isEqualTo(Map.of(OnboardingProcess.VAR_TECHNICAL_TRAINING, technicalTraining,
				OnboardingProcess.VAR_INTEGRATION_MILESTONE, integrationMilestone, OnboardingProcess.VAR_CEO_MEETING,
				ceoMeeting));
	}

}
