package io.partnerflow.system;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * What Tasklist lists, in another language: a model's name, a user task's name and a filter's name
 * and description, from {@code messages/tasklist_<language>.properties}. A task's name is its
 * activity's followed by the partner it names ({@code partner.PartnerTaskNames}: "Cast vote: ACME
 * (P-2026-00042)"); only the activity's part is translated. The engine keeps the English: it is
 * what a search by name finds, and what the write guard keeps when Tasklist saves a task.
 */
final class TaskTexts {

	/** Between a task's activity name and the partner it names. */
	private static final String PARTNER_SEPARATOR = ": ";

	// names are plain text, never MessageFormat patterns
	private final ResourceBundleMessageSource bundle = StaffLanguages.bundle("messages/tasklist", false);


	/** Translates every task, model and filter found in a REST answer, in place. */
	void translate(JsonNode answer, Locale language) {
		if (FormTexts.original(language)) {
			return;
		}
		if (answer instanceof ObjectNode object) {
			translateObject(object, language);
		}
		for (JsonNode child : answer) {
			translate(child, language);
		}
	}

	private void translateObject(ObjectNode object, Locale language) {
		if (!object.path("name").isTextual()) {
			return;
		}
		String name = object.path("name").asText();
		if (object.path("taskDefinitionKey").isTextual() && object.path("processDefinitionId").isTextual()) {
			String processKey = object.path("processDefinitionId").asText().split(":", 2)[0];
			int partner = name.indexOf(PARTNER_SEPARATOR);
			String activity = text("task." + processKey + "." + object.path("taskDefinitionKey").asText(), language);
			if (activity != null) {
				object.put("name", activity + (partner < 0 ? "" : name.substring(partner)));
			}
		}
		else if (object.path("key").isTextual() && object.path("resource").asText().endsWith(".bpmn")) {
			String process = text("process." + object.path("key").asText(), language);
			if (process != null) {
				object.put("name", process);
			}
		}
		else if ("Task".equals(object.path("resourceType").asText())) {
			String filter = "filter." + slug(name);
			String translated = text(filter, language);
			if (translated != null) {
				object.put("name", translated);
			}
			if (object.path("properties") instanceof ObjectNode properties && properties.path("description").isTextual()) {
				String description = text(filter + ".description", language);
				if (description != null) {
					properties.put("description", description);
				}
			}
		}
	}

	/** A filter's key: its English name in lower case, each run of other characters a dash ("my-group-s-tasks"). */
	static String slug(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	private String text(String key, Locale language) {
		return bundle.getMessage(key, null, null, language);
	}

}
