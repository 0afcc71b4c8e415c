package io.partnerflow.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;

/**
 * The deployed Camunda Forms of tasks and start events, read once per process definition, as the
 * engine's guards see them: read as PartnerFlow itself, whatever the caller may read.
 */
final class DeployedForms {

	private final ProcessEngineConfigurationImpl engine;

	private final ObjectMapper json;

	private final Map<String, FormSchema> forms = new ConcurrentHashMap<>();

	DeployedForms(ProcessEngineConfigurationImpl engine, ObjectMapper json) {
		this.engine = engine;
		this.json = json;
	}

	/** The form of a task; one without fields when the task has none. */
	FormSchema ofTask(Task task) {
		return task.getProcessDefinitionId() == null ? FormSchema.none(task.getName())
				: forms.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
						key -> load(() -> engine.getFormService().getDeployedTaskForm(task.getId()), task.getName()));
	}

	/** The start form of a process; one without fields when it has none. */
	FormSchema ofStart(ProcessDefinition definition) {
		return forms.computeIfAbsent(definition.getId(), key -> load(
				() -> engine.getFormService().getDeployedStartForm(definition.getId()), definition.getName()));
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
