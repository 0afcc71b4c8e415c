package io.partnerflow.leads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The decision table {@code lead-routing} as deployed now (the latest version: a manager's edit applies
 * to the next routing), evaluated for each partner a lead may go to. The evaluations run in memory on
 * the table's rules, without the engine's history: a routing scores every signed partner (hundreds, at
 * HP's scale thousands), and one decision instance each, kept 180 days, would bury the other tables'
 * evaluations in Cockpit. What the routing decided is kept on the offer (score, reason) and the
 * timeline names the table's version.
 */
@Component
class LeadRoutingTable {

	/** The table's inputs, as the decision reads them. */
	record Inputs(boolean categoryMatches, boolean inTerritory, boolean sameMarket, String tier, int openLeads,
			boolean newPartner) {
	}

	/** What the table says of one partner. */
	record Score(boolean eligible, int score, String reason) {
	}

	/** One version of the table, parsed. */
	record Table(String name, DmnDecision decision) {
	}

	private final RepositoryService repository;

	private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

	LeadRoutingTable(RepositoryService repository) {
		this.repository = repository;
	}

	/** The version deployed now, named as the timeline writes it ({@code lead-routing v2}). */
	Table latest() {
		DecisionDefinition definition = repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(LeadProcess.DECISION_ROUTING)
			.latestVersion()
			.singleResult();
		if (definition == null) {
			throw new IllegalStateException("The decision " + LeadProcess.DECISION_ROUTING + " is not deployed");
		}
		return new Table(LeadProcess.DECISION_ROUTING + " v" + definition.getVersion(),
				parsed.computeIfAbsent(definition.getId(), this::parse));
	}

	private DmnDecision parse(String definitionId) {
		try (InputStream xml = repository.getDecisionModel(definitionId)) {
			return dmn.parseDecision(LeadProcess.DECISION_ROUTING, xml);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	/** The table's verdict on one partner; no rule met is no eligibility. */
	Score score(Table table, Inputs inputs) {
		DmnDecisionResultEntries result = dmn.evaluateDecision(table.decision(), Variables.createVariables()
			.putValue("categoryMatches", inputs.categoryMatches())
			.putValue("inTerritory", inputs.inTerritory())
			.putValue("sameMarket", inputs.sameMarket())
			.putValue("tier", inputs.tier() == null ? "" : inputs.tier())
			.putValue("openLeads", inputs.openLeads())
			.putValue("newPartner", inputs.newPartner())).getFirstResult();
		if (result == null) {
			return new Score(false, 0, "no rule of the table applies");
		}
		Object eligible = result.getEntry("eligible");
		Object score = result.getEntry("score");
		Object reason = result.getEntry("reason");
		return new Score(Boolean.TRUE.equals(eligible), score instanceof Number n ? n.intValue() : 0, String.valueOf(reason));
	}

}
