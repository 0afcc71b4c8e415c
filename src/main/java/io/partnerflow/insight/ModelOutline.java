package io.partnerflow.insight;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * What the heat map needs from a model itself rather than from its history: the outgoing flows of
 * its branching gateways, and which end events are a success for the partner and which a loss.
 * An end event says so in the model, {@code <camunda:property name="outcome" value="success"/>}
 * (or {@code loss}), so that renaming it does not change its colour; an end event without it (a
 * reminder's path that merely ends) is neither.
 */
@Component
class ModelOutline {

	static final String OUTCOME = "outcome";

	/** How the partners that took a flow are counted (see {@link FlowHistory}). */
	enum Count {
		/** the partners that reached its target after the gateway: the target is reached through this flow only */
		FOLLOWED,
		/** the partners that passed the gateway less those of its other flows: its target is a join reached by other paths too */
		REMAINDER,
		/** the partners that passed the gateway: a parallel gateway takes all its flows */
		ALL
	}

	/** An outgoing flow of a gateway with more than one, from the gateway to its target. */
	record Flow(String flowId, String gatewayId, String targetId, Count count) {
	}

	record Outline(List<Flow> flows, Map<String, String> outcomes) {
	}

	private final RepositoryService repository;

	ModelOutline(RepositoryService repository) {
		this.repository = repository;
	}

	/** From the engine's deployment cache: the model is parsed once per version. */
	Outline of(String processDefinitionId) {
		BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
		List<Flow> flows = model.getModelElementsByType(Gateway.class)
			.stream()
			.filter(gateway -> gateway.getOutgoing().size() > 1)
			.flatMap(gateway -> flows(gateway).stream())
			.toList();
		Map<String, String> outcomes = new TreeMap<>();
		model.getModelElementsByType(EndEvent.class).forEach(end -> {
			String outcome = outcome(end);
			if (outcome != null) {
				outcomes.put(end.getId(), outcome);
			}
		});
		return new Outline(flows, outcomes);
	}

	/**
	 * The flows of a branching gateway and how each is counted. A flow whose target is a join also reached by other
	 * paths cannot be told from those paths by the history; when it is the only such flow of a gateway that takes
	 * one flow (exclusive, event-based), it is the gateway's remainder. Two such flows of one gateway are counted as
	 * followed, which overcounts them: no model of ours has one.
	 */
	private static List<Flow> flows(Gateway gateway) {
		Collection<SequenceFlow> outgoing = gateway.getOutgoing();
		long joins = outgoing.stream().filter(flow -> flow.getTarget().getIncoming().size() > 1).count();
		boolean takesOne = gateway instanceof ExclusiveGateway || gateway instanceof EventBasedGateway;
		return outgoing.stream().map(flow -> {
			Count count;
			if (gateway instanceof ParallelGateway) {
				count = Count.ALL;
			}
			else if (flow.getTarget().getIncoming().size() > 1 && joins == 1 && takesOne) {
				count = Count.REMAINDER;
			}
			else {
				count = Count.FOLLOWED;
			}
			return new Flow(flow.getId(), gateway.getId(), flow.getTarget().getId(), count);
		}).toList();
	}

	private static String outcome(EndEvent end) {
		if (end.getExtensionElements() == null) {
			return null;
		}
		return end.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()
			.stream()
			.flatMap(properties -> properties.getCamundaProperties().stream())
			.filter(property -> OUTCOME.equals(property.getCamundaName()))
			.map(CamundaProperty::getCamundaValue)
			.findFirst()
			.orElse(null);
	}

}
