package io.partnerflow.system;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fields a user may write through one deployed Camunda Form, and the rules each declares:
 * the keyed input components that are not disabled (form-js does not submit disabled fields),
 * with their type, their choices and their {@code validate} bounds. Text components and disabled
 * fields only show facts: nobody writes them. The fields keep the form's order, so that a message
 * lists them as the user reads them.
 */
record FormSchema(String formId, Map<String, Field> fields) {

	/** Longest text a user may store when its field declares no maximum: Camunda's text column. */
	static final int DEFAULT_MAX_LENGTH = 4000;

	private static final Pattern TIME = Pattern.compile("^\\d{2}:\\d{2}");

	/** A form that has no fields: a task or start event without a form. */
	static FormSchema none(String what) {
		return new FormSchema(what, Map.of());
	}

	/** One writable field of the form. */
	record Field(String key, String id, String label, String type, String subtype, boolean required, List<String> choices,
			Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max, Integer decimalDigits, Pattern pattern) {

		/**
		 * Whether a completion needs a value: the field declares {@code validate.required}, or it is a
		 * checkbox (form-js always submits a checkbox, checked or not).
		 */
		boolean needsValue() {
			return required || "checkbox".equals(type);
		}

		/** What is wrong with a value a user submitted for this field, in {@code words}, or null when it is fine. */
		String problem(Object value, FormWords words) {
			if (value == null) {
				return null;
			}
			return switch (type) {
				case "textfield", "textarea" -> textProblem(value, words);
				case "number" -> numberProblem(value, words);
				case "checkbox" -> value instanceof Boolean ? null : words.say("field.yesOrNo");
				case "radio", "select", "checklist", "taglist" -> choiceProblem(value, words);
				case "datetime" -> "time".equals(subtype)
						? value instanceof String s && s.length() <= 40 && TIME.matcher(s).find() ? null : words.say("field.time")
						: value instanceof String s && s.length() > 40 || FormDates.parse(value) == null
								? words.say("field.date") : null;
				default -> words.say("field.notWritable");
			};
		}

		// (numbers are given as text: MessageFormat would write 4000 as 4,000)
		private String textProblem(Object value, FormWords words) {
			if (!(value instanceof String text)) {
				return words.say("field.text");
			}
			int most = maxLength == null ? DEFAULT_MAX_LENGTH : Math.min(maxLength, DEFAULT_MAX_LENGTH);
			if (text.length() > most) {
				return words.say("field.atMostCharacters", String.valueOf(most));
			}
			if (minLength != null && !text.isEmpty() && text.length() < minLength) {
				return words.say("field.atLeastCharacters", String.valueOf(minLength));
			}
			if (pattern != null && !text.isEmpty() && !pattern.matcher(text).find()) {
				return words.say("field.format");
			}
			return null;
		}

		private String numberProblem(Object value, FormWords words) {
			BigDecimal number;
			try {
				number = value instanceof Number n ? new BigDecimal(n.toString())
						: value instanceof String s && s.length() <= 40 && !s.isBlank() ? new BigDecimal(s.strip())
								: null;
			}
			catch (NumberFormatException e) {
				number = null;
			}
			if (number == null) {
				return value instanceof String s && s.isBlank() ? null : words.say("field.number");
			}
			if (decimalDigits != null && number.stripTrailingZeros().scale() > decimalDigits) {
				return decimalDigits == 0 ? words.say("field.wholeNumber")
						: words.say("field.atMostDecimals", String.valueOf(decimalDigits));
			}
			if (min != null && number.compareTo(min) < 0) {
				return words.say("field.atLeast", min.toPlainString());
			}
			if (max != null && number.compareTo(max) > 0) {
				return words.say("field.atMost", max.toPlainString());
			}
			return null;
		}

		private String choiceProblem(Object value, FormWords words) {
			if (choices.isEmpty()) {
				return value instanceof String s && s.length() <= DEFAULT_MAX_LENGTH ? null : words.say("field.text");
			}
			return choices.contains(String.valueOf(value)) ? null : words.say("field.oneOf", String.join(", ", choices));
		}

		String name() {
			return label == null || label.isBlank() ? key : label;
		}

	}

	/** Reads a Camunda Form (form-js JSON), nested groups included. */
	static FormSchema read(InputStream form, ObjectMapper json) throws IOException {
		JsonNode root = json.readTree(form);
		Map<String, Field> fields = new LinkedHashMap<>();
		collect(root.path("components"), fields);
		return new FormSchema(root.path("id").asText("form"), Collections.unmodifiableMap(fields));
	}

	private static void collect(JsonNode components, Map<String, Field> fields) {
		for (JsonNode component : components) {
			collect(component.path("components"), fields);
			String key = component.path("key").asText("");
			if (key.isEmpty() || component.path("disabled").asBoolean(false)
					|| component.path("readonly").asBoolean(false)) {
				continue;
			}
			JsonNode validate = component.path("validate");
			List<String> choices = new ArrayList<>();
			component.path("values").forEach(choice -> choices.add(choice.path("value").asText()));
			fields.put(key, new Field(key, component.path("id").asText(key), component.path("label").asText(component.path("dateLabel").asText(null)), component.path("type").asText(),
					component.path("subtype").asText("date"), validate.path("required").asBoolean(false),
					List.copyOf(choices), integer(validate.path("minLength")), integer(validate.path("maxLength")),
					decimal(validate.path("min")), decimal(validate.path("max")), integer(component.path("decimalDigits")),
					pattern(validate.path("pattern"))));
		}
	}

	private static Integer integer(JsonNode node) {
		return node.isNumber() ? node.intValue() : null;
	}

	private static BigDecimal decimal(JsonNode node) {
		return node.isNumber() ? node.decimalValue() : null;
	}

	private static Pattern pattern(JsonNode node) {
		if (!node.isTextual() || node.asText().isEmpty()) {
			return null;
		}
		try {
			return Pattern.compile(node.asText());
		}
		catch (PatternSyntaxException e) {
			return null;
		}
	}

}
