package io.partnerflow.leads;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * The routing table as shipped ({@code bpmn/lead-routing.dmn}), row by row: a partner of another
 * category, outside the customer's country or holding 5 leads gets none; a new partner in its 100 days
 * comes first (the method feeds new partners leads), in the lead's market before another; then the
 * lead's market, by tier; then any partner of the territory, by tier.
 */
class LeadRoutingDecisionTest {

	static DmnDecision routing;

	static DmnEngine engine;

	@BeforeAll
	static void parse() throws Exception {
		engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream dmn = Files.newInputStream(Path.of("bpmn/lead-routing.dmn"))) {
			routing = engine.parseDecision(LeadProcess.DECISION_ROUTING, dmn);
		}
	}

	@ParameterizedTest(name = "category {0}, territory {1}, market {2}, {3}, {4} leads, new {5}: {6} {7}")
	@CsvSource({
			// category, territory, market, tier, open leads, new partner: eligible, score
			"false, true,  true,  Platinum, 0, true,  false, 0",
			"true,  false, true,  Platinum, 0, true,  false, 0",
			"true,  true,  true,  Gold,     5, true,  false, 0",
			"true,  true,  true,  Gold,     9, false, false, 0",
			"true,  true,  true,  '',       4, true,  true,  100",
			"true,  true,  false, Silver,   0, true,  true,  90",
			"true,  true,  true,  Platinum, 0, false, true,  80",
			"true,  true,  true,  Gold,     1, false, true,  75",
			"true,  true,  true,  Silver,   2, false, true,  70",
			"true,  true,  false, Platinum, 0, false, true,  60",
			"true,  true,  false, Gold,     0, false, true,  55",
			"true,  true,  false, Silver,   0, false, true,  50",
			"true,  true,  false, '',       0, false, true,  50" })
	void theTableScoresEachPartnerForTheLead(boolean categoryMatches, boolean inTerritory, boolean sameMarket, String tier,
			int openLeads, boolean newPartner, boolean eligible, int score) {
		DmnDecisionResultEntries verdict = engine.evaluateDecision(routing, Variables.createVariables()
			.putValue("categoryMatches", categoryMatches)
			.putValue("inTerritory", inTerritory)
			.putValue("sameMarket", sameMarket)
			.putValue("tier", tier)
			.putValue("openLeads", openLeads)
			.putValue("newPartner", newPartner)).getFirstResult();

		assertThat((Boolean) verdict.getEntry("eligible")).isEqualTo(eligible);
		assertThat(((Number) verdict.getEntry("score")).intValue()).isEqualTo(score);
		assertThat((String) verdict.getEntry("reason")).isNotBlank();
	}

}
