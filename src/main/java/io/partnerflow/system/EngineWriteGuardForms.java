package io.partnerflow.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.BytesValue;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What {@link EngineWriteGuard} lets a user write into a task or a process start: exactly the
 * writable fields of its deployed Camunda Form ({@link DeployedForms}), each value checked against its
 * field; no business key at a start. What a completed task must hold is {@link TaskFormCheck}'s.
 */
class EngineWriteGuardForms {

	private final ProcessEngineConfigurationImpl engine;

	private final DeployedForms forms;

	private final FormTexts texts = new FormTexts();

	EngineWriteGuardForms(ProcessEngineConfigurationImpl engine, DeployedForms forms) {
		this.engine = engine;
		this.forms = forms;
	}

	void checkTask(String taskId, Map<String, ?> variables, FormWords words) {
		if (taskId == null || variables == null || variables.isEmpty()) {
			return;
		}
		Task task = forms.trusted(() -> engine.getTaskService().createTaskQuery().taskId(taskId).singleResult());
		if (task == null) {
			return; // the command itself answers that the task does not exist
		}
		checkTaskValues(task, variables, words);
	}

	void checkTaskValues(Task task, Map<String, ?> variables, FormWords words) {
		if (variables == null || variables.isEmpty()) {
			return;
		}
		checkValues(forms.ofTask(task), variables, "\"" + task.getName() + "\"", words);
	}

	void checkStart(String definitionId, String definitionKey, String businessKey, Map<String, ?> variables,
			FormWords words) {
		ProcessDefinition definition = forms.trusted(() -> {
			var query = engine.getRepositoryService().createProcessDefinitionQuery();
			return definitionId != null ? query.processDefinitionId(definitionId).singleResult()
					: query.processDefinitionKey(definitionKey).latestVersion().singleResult();
		});
		if (definition == null) {
			return; // the command itself answers that the process does not exist
		}
		if (businessKey != null && !businessKey.isBlank()) {
			throw new AuthorizationException("A business key cannot be sent: PartnerFlow gives each partner its "
					+ "reference and starts its processes under it");
		}
		if (variables == null || variables.isEmpty()) {
			return;
		}
		checkValues(forms.ofStart(definition), variables, "the start of \"" + definition.getName() + "\"", words);
	}

	private void checkValues(FormSchema form, Map<String, ?> variables, String where, FormWords words) {
		Set<String> refused = new TreeSet<>();
		List<String> problems = new ArrayList<>();
		variables.keySet().forEach(name -> {
			Object submitted = variables instanceof VariableMap typedMap ? typedMap.getValueTyped(name)
					: variables.get(name);
			FormSchema.Field field = form.fields().get(name);
			if (field == null) {
				refused.add(name);
				return;
			}
			Object value = submitted;
			if (submitted instanceof TypedValue typed) {
				if (typed instanceof SerializableValue || typed instanceof FileValue || typed instanceof BytesValue) {
					problems.add(label(form, field, words) + " " + words.say("field.plainValue"));
					return;
				}
				value = typed.getValue();
			}
			String problem = field.problem(value, words);
			if (problem != null) {
				problems.add(label(form, field, words) + " " + problem);
			}
		});
		if (!refused.isEmpty()) {
			throw new AuthorizationException("You may not set " + String.join(", ", refused) + " on " + where
					+ ": only the fields of its form can be written"
					+ (form.fields().isEmpty() ? " (it has none)" : " (" + String.join(", ", new TreeSet<>(form.fields().keySet())) + ")"));
		}
		if (!problems.isEmpty()) {
			throw new FormRefusedException(words.say("form.correctForm", String.join("; ", problems)));
		}
	}

	/** A field as its form labels it for the user, in their language when the form has that text. */
	private String label(FormSchema form, FormSchema.Field field, FormWords words) {
		return texts.label(form.formId(), field.id(), field.name(), words.language());
	}

}
