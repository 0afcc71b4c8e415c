package io.partnerflow.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The deployed Camunda Forms of tasks and start events, read once per process definition and form
 * version, as the engine's guards see them: read as PartnerFlow itself, whatever the caller may read.
 */
final class DeployedForms {

	private final ProcessEngineConfigurationImpl engine;

	private final ObjectMapper json;

	private final Map<String, FormSchema> forms = new ConcurrentHashMap<>();

	/** Per task or start event, the key of its form when it is bound to the form's latest version, or empty. */
	private final Map<String, String> latestBound = new ConcurrentHashMap<>();

	DeployedForms(ProcessEngineConfigurationImpl engine, ObjectMapper json) {
		this.engine = engine;
		this.json = json;
	}

	/** The form of a task; one without fields when the task has none. */
	FormSchema ofTask(Task task) {
		if (task.getProcessDefinitionId() == null) {
			return FormSchema.none(task.getName());
		}
		String element = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
		return forms.computeIfAbsent(element + version(element, task.getProcessDefinitionId(), task.getTaskDefinitionKey()),
				key -> load(() -> engine.getFormService().getDeployedTaskForm(task.getId()), task.getName()));
	}

	/** The start form of a process; one without fields when it has none. */
	FormSchema ofStart(ProcessDefinition definition) {
		return forms.computeIfAbsent(definition.getId() + version(definition.getId(), definition.getId(), null), key -> load(
				() -> engine.getFormService().getDeployedStartForm(definition.getId()), definition.getName()));
	}

	/**
	 * Which version of its form an element shows: none to tell for a form bound to its deployment
	 * or a version (it never changes); for a form bound to the latest version (PartnerFlow's models),
	 * the id of the latest form definition, read each time, so that a form deployed since, on this
	 * node or another, is the one checked.
	 */
	private String version(String element, String definitionId, String taskKey) {
		String latestForm = latestBound.computeIfAbsent(element, key -> latestBoundForm(definitionId, taskKey));
		if (latestForm.isEmpty()) {
			return "";
		}
		CamundaFormDefinitionEntity latest = engine.getCommandExecutorTxRequired()
			.execute(context -> context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(latestForm));
		return latest == null ? "" : "@" + latest.getId();
	}

	/** The form key of a task or start event bound to the latest version of its form; empty otherwise. */
	private String latestBoundForm(String definitionId, String taskKey) {
		BpmnModelInstance model = trusted(() -> engine.getRepositoryService().getBpmnModelInstance(definitionId));
		Class<? extends BaseElement> type = taskKey == null ? StartEvent.class : UserTask.class;
		for (BaseElement element : model.getModelElementsByType(type)) {
			boolean isIt = taskKey == null ? element.getParentElement() instanceof Process : taskKey.equals(element.getId());
			String formRef = element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "formRef");
			if (isIt && formRef != null
					&& "latest".equals(element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "formRefBinding"))) {
				return formRef;
			}
		}
		return "";
	}

	private FormSchema load(Supplier<InputStream> form, String what) {
		try (InputStream stream = trusted(form)) {
			return FormSchema.read(stream, json);
		}
		catch (RuntimeException | IOException noForm) {
			return FormSchema.none(what);
		}
	}

	/** Runs a look-up as PartnerFlow itself, so that it sees what the caller's rights would hide. */
	<T> T trusted(Supplier<T> lookup) {
		return new CurrentUser(engine.getIdentityService()).withoutAuthorization(lookup);
	}

}
