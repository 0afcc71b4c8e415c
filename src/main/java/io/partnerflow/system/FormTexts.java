package io.partnerflow.system;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A Camunda Form's texts in another language. A form is written once, in English (the Modeler edits
 * {@code forms/*.form}); its texts in another language are in {@code messages/forms_<language>.properties},
 * one key per text: {@code <form id>.<component id>.<label|description|text|dateLabel|timeLabel>} and
 * {@code <form id>.<component id>.values.<value>} for an option. A text without a translation keeps
 * the form's own. The keys, the fields and the rules of a form do not change: only what people read.
 */
final class FormTexts {

	/** The component attributes people read. */
	static final List<String> TEXTS = List.of("label", "description", "text", "dateLabel", "timeLabel");

	// a form's texts are template text ({{company}}), never MessageFormat patterns
	private final ResourceBundleMessageSource bundle = StaffLanguages.bundle("messages/forms", false);


	/** Whether a form served in this language is its own text: the forms are written in English. */
	static boolean original(Locale language) {
		return Locale.ENGLISH.getLanguage().equals(language.getLanguage());
	}

	/** Translates the form's texts in place; a form without an id, or a text without a key, is left as it is. */
	void translate(JsonNode form, Locale language) {
		JsonNode id = form.path("id");
		if (!id.isTextual() || original(language)) {
			return;
		}
		translateComponents(form, id.asText(), language);
	}

	private void translateComponents(JsonNode container, String formId, Locale language) {
		for (JsonNode component : container.path("components")) {
			JsonNode componentId = component.path("id");
			if (component instanceof ObjectNode object && componentId.isTextual()) {
				String prefix = formId + "." + componentId.asText() + ".";
				for (String text : TEXTS) {
					if (object.path(text).isTextual()) {
						object.put(text, text(prefix + text, object.path(text).asText(), language));
					}
				}
				for (JsonNode option : object.path("values")) {
					if (option instanceof ObjectNode value && value.path("label").isTextual() && value.has("value")) {
						value.put("label", text(prefix + "values." + value.path("value").asText(),
								value.path("label").asText(), language));
					}
				}
			}
			translateComponents(component, formId, language);
		}
	}

	/** A field's label (or its date label) in the language, or {@code own} when the form has no such text. */
	String label(String formId, String componentId, String own, Locale language) {
		if (original(language)) {
			return own;
		}
		String prefix = formId + "." + componentId + ".";
		return text(prefix + "label", text(prefix + "dateLabel", own, language), language);
	}

	private String text(String key, String own, Locale language) {
		return bundle.getMessage(key, null, own, language);
	}

}
