package io.partnerflow.decision;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InformationRequirement;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.xml.ModelException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a manager may deploy in place of a decision table: the same decisions (ids) as the deployed
 * version, decision tables only, with the same inputs (expression and type) and outputs (name and
 * type), each requiring the same decisions as deployed (the plan's steps read whether a partner is
 * strategic), FEEL as the only expression language (no JUEL, no script) and a history time to live. Only
 * the rules change: thresholds, scores, reasons. Read with Camunda's DMN model API.
 */
final class DecisionTableCheck {

	/** Names of FEEL accepted in {@code expressionLanguage}: Camunda's short name and the DMN namespaces. */
	private static final Pattern FEEL = Pattern.compile("(?i)feel|feel-scala|https?://www\\.omg\\.org/spec/(DMN/\\d{8}/)?FEEL/(\\d{8})?/?");

	/** FEEL's door to Java (off in Camunda's engine, refused here all the same). */
	private static final Pattern EXTERNAL_FUNCTION = Pattern.compile("(?s)function\\s*\\([^)]*\\)\\s*external");

	private DecisionTableCheck() {
	}

	/** The problems of {@code candidate} against {@code deployed}; none when it may be deployed. */
	static List<String> problems(byte[] candidate, InputStream deployed) {
		String text = new String(candidate, StandardCharsets.UTF_8);
		if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
			return List.of("a DOCTYPE or an entity declaration is not accepted");
		}
		DmnModelInstance model;
		try {
			model = Dmn.readModelFromStream(new ByteArrayInputStream(candidate));
		}
		catch (ModelException | IllegalArgumentException notDmn) {
			return List.of("the body is not a DMN decision model (DMN 1.1 to 1.3 XML, as the Camunda Modeler saves it)");
		}
		DmnModelInstance current = Dmn.readModelFromStream(deployed);
		List<String> problems = new ArrayList<>();
		Map<String, Decision> wanted = decisions(current);
		Map<String, Decision> sent = decisions(model);
		if (!wanted.keySet().equals(sent.keySet())) {
			problems.add("the decisions must be " + wanted.keySet() + " as deployed, not " + sent.keySet());
		}
		for (Map.Entry<String, Decision> decision : sent.entrySet()) {
			String id = decision.getKey();
			if (decision.getValue().getCamundaHistoryTimeToLiveString() == null
					|| decision.getValue().getCamundaHistoryTimeToLiveString().isBlank()) {
				problems.add("decision " + id + " needs camunda:historyTimeToLive");
			}
			if (!(decision.getValue().getExpression() instanceof DecisionTable table)) {
				problems.add("decision " + id + " must be a decision table");
				continue;
			}
			if (wanted.get(id) != null && wanted.get(id).getExpression() instanceof DecisionTable deployedTable) {
				if (!inputs(table.getInputs()).equals(inputs(deployedTable.getInputs()))) {
					problems.add("decision " + id + " must keep its inputs " + inputs(deployedTable.getInputs()) + ", not "
							+ inputs(table.getInputs()));
				}
				if (!outputs(table.getOutputs()).equals(outputs(deployedTable.getOutputs()))) {
					problems.add("decision " + id + " must keep its outputs " + outputs(deployedTable.getOutputs()) + ", not "
							+ outputs(table.getOutputs()));
				}
				if (!requiredDecisions(decision.getValue()).equals(requiredDecisions(wanted.get(id)))) {
					problems.add("decision " + id + " must keep the decisions it requires "
							+ requiredDecisions(wanted.get(id)) + ", not " + requiredDecisions(decision.getValue()));
				}
			}
		}
		problems.addAll(expressionLanguages(model));
		return problems;
	}

	private static Map<String, Decision> decisions(DmnModelInstance model) {
		Map<String, Decision> decisions = new TreeMap<>();
		model.getModelElementsByType(Decision.class).forEach(d -> decisions.put(d.getId(), d));
		return decisions;
	}

	private static List<String> inputs(Collection<Input> inputs) {
		return inputs.stream()
			.map(input -> input.getInputExpression() == null ? "(no expression)"
					: text(input.getInputExpression().getText() == null ? null
							: input.getInputExpression().getText().getTextContent())
							+ ":" + input.getInputExpression().getTypeRef()
							+ (input.getCamundaInputVariable() == null ? "" : " as " + input.getCamundaInputVariable()))
			.toList();
	}

	/** The ids of the decisions whose results the decision reads (its information requirements). */
	private static List<String> requiredDecisions(Decision decision) {
		return decision.getInformationRequirements()
			.stream()
			.map(InformationRequirement::getRequiredDecision)
			.map(required -> required == null ? "(no decision)" : required.getId())
			.sorted()
			.toList();
	}

	private static List<String> outputs(Collection<Output> outputs) {
		return outputs.stream().map(output -> output.getName() + ":" + output.getTypeRef()).toList();
	}

	private static String text(String content) {
		return content == null ? "" : content.strip();
	}

	/** Every {@code expressionLanguage} of the document (definitions, expressions, entries) is FEEL; no FEEL calls Java. */
	private static List<String> expressionLanguages(DmnModelInstance model) {
		List<String> problems = new ArrayList<>();
		Document document = (Document) model.getDocument().getDomSource().getNode();
		NodeList elements = document.getElementsByTagNameNS("*", "*");
		for (int i = 0; i < elements.getLength(); i++) {
			Element element = (Element) elements.item(i);
			String language = element.getAttribute("expressionLanguage");
			if (!language.isEmpty() && !FEEL.matcher(language.strip()).matches()) {
				problems.add("expressionLanguage '" + language + "' is not accepted on " + element.getLocalName()
						+ (element.getAttribute("id").isEmpty() ? "" : " " + element.getAttribute("id")) + ": only FEEL");
			}
			if ("text".equals(element.getLocalName()) && element.getFirstChild() != null
					&& EXTERNAL_FUNCTION.matcher(element.getTextContent().toLowerCase(Locale.ROOT)).find()) {
				problems.add("an external function is not accepted: " + element.getTextContent().strip());
			}
		}
		return problems;
	}

}
