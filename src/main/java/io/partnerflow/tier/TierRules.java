package io.partnerflow.tier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * The tiers' rules as the deployed decision {@code partner-tier} holds them today, for partners to
 * read (the seed: rules to move up and down are simple and public): a manager's edit of the table
 * is what the partner sees, never a copy in a text.
 */
@Component
public class TierRules {

	/**
	 * One rule: the tier it gives, and what each input must satisfy (the table's unary test as
	 * written, such as {@code >= 500000}; empty or {@code -} for anything), by input variable.
	 */
	public record TierRule(String tier, Map<String, String> conditions) {
	}

	/** The decision table's key: the one source of the tiers' rules. */
	public static final String DECISION = "partner-tier";

	/** The table's inputs, by their variables: what the partner's figures are named as. */
	public static final String YEARLY_REVENUE = "yearlyRevenue";

	public static final String CERTIFIED_SALES_PEOPLE = "certifiedSalesPeople";

	public static final String CERTIFIED_TECHNICIANS = "certifiedTechnicians";

	private final RepositoryService repository;

	TierRules(RepositoryService repository) {
		this.repository = repository;
	}

	/** The rules in the table's order (its hit policy is FIRST: the first that fits gives the tier). */
	public List<TierRule> current() {
		DecisionDefinition definition = repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(DECISION)
			.latestVersion()
			.singleResult();
		if (definition == null) {
			return List.of();
		}
		DmnModelInstance model;
		try (InputStream xml = repository.getDecisionModel(definition.getId())) {
			model = Dmn.readModelFromStream(xml);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("Cannot read the decision " + definition.getId(), unreadable);
		}
		Decision decision = model.getModelElementById(DECISION);
		DecisionTable table = (DecisionTable) decision.getExpression();
		List<String> inputs = table.getInputs().stream().map(TierRules::variable).toList();
		List<TierRule> rules = new ArrayList<>();
		for (Rule rule : table.getRules()) {
			Map<String, String> conditions = new LinkedHashMap<>();
			List<InputEntry> entries = List.copyOf(rule.getInputEntries());
			for (int i = 0; i < inputs.size() && i < entries.size(); i++) {
				conditions.put(inputs.get(i), entries.get(i).getTextContent().strip());
			}
			String tier = rule.getOutputEntries().iterator().next().getTextContent().strip().replace("\"", "");
			rules.add(new TierRule(tier, conditions));
		}
		return rules;
	}

	/**
	 * The rule of the next tier up from {@code tier} in today's table: the nearest rule above the
	 * first one that gives {@code tier} (the table is read top down, the first rule met gives the
	 * tier), skipping rules of the same tier. Empty at the top, or when no rule gives {@code tier}.
	 */
	public Optional<TierRule> nextAbove(String tier) {
		return nextAbove(current(), tier);
	}

	static Optional<TierRule> nextAbove(List<TierRule> rules, String tier) {
		for (int i = 0; i < rules.size(); i++) {
			if (rules.get(i).tier().equals(tier)) {
				for (int above = i - 1; above >= 0; above--) {
					if (!rules.get(above).tier().equals(tier)) {
						return Optional.of(rules.get(above));
					}
				}
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	private static String variable(Input input) {
		String variable = input.getCamundaInputVariable();
		return variable != null ? variable : input.getInputExpression().getTextContent().strip();
	}

}
