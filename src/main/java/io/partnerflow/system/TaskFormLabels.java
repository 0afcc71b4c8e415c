package io.partnerflow.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The labels a task's form gives its fields ("Meeting date" for {@code meetingDate}), for messages
 * that name a field as the user reads it. Read on a refusal only; a field the form does not label
 * (or a task without a form) is named by its key.
 */
public final class TaskFormLabels {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Map<String, String> labels;

	private TaskFormLabels(Map<String, String> labels) {
		this.labels = labels;
	}

	/** The labels of the writable fields of the task's deployed form. */
	public static TaskFormLabels of(DelegateTask task) {
		Map<String, String> labels = new HashMap<>();
		try (InputStream form = task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId())) {
			FormSchema.read(form, JSON).fields().forEach((key, field) -> labels.put(key, field.name()));
		}
		catch (IOException | RuntimeException noForm) {
			// named by their keys
		}
		return new TaskFormLabels(labels);
	}

	/** The field's label, or its key. */
	public String of(String key) {
		return labels.getOrDefault(key, key);
	}

}
