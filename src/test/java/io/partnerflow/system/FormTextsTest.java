package io.partnerflow.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms' texts in French ({@code messages/forms_fr.properties}): one for every text a form
 * shows, none for a text no form has any more, each keeping its template expressions and markup;
 * served in French, a form changes only what people read.
 */
class FormTextsTest {

	static final Path FORMS = Path.of("forms");

	static final Path FRENCH = Path.of("src/main/resources/messages/forms_fr.properties");

	private static final Pattern EXPRESSION = Pattern.compile("\\{\\{[^}]*}}");

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Spelled the same in both languages. */
	private static final Set<String> SAME_IN_FRENCH = Set.of("Alliance", "OEM");

	@Test
	void everyTextOfEveryFormHasItsFrenchAndNoFrenchTextIsLeftOver() throws IOException {
		Map<String, String> english = englishTexts();
		Properties french = french();

		assertThat(new TreeSet<>(french.stringPropertyNames())).as("French texts, by form, component and text")
			.isEqualTo(new TreeSet<>(english.keySet()));
		english.forEach((key, text) -> {
			String translated = french.getProperty(key);
			assertThat(expressions(translated)).as("template expressions of %s", key).isEqualTo(expressions(text));
			assertThat(translated.chars().filter(c -> c == '<').count()).as("markup of %s", key)
				.isEqualTo(text.chars().filter(c -> c == '<').count());
			if (!SAME_IN_FRENCH.contains(text)) {
				assertThat(translated).as("%s is translated", key).isNotEqualTo(text);
			}
		});
	}

	@Test
	void aFormServedInFrenchChangesWhatPeopleReadAndNothingElse() throws IOException {
		JsonNode deployed = JSON.readTree(FORMS.resolve("committee-vote-cast-vote.form").toFile());
		JsonNode served = deployed.deepCopy();

		new FormTexts().translate(served, Locale.FRENCH);

		JsonNode vote = component(served, "Radio_Vote");
		assertThat(vote.path("label").asText()).isEqualTo("Votre vote");
		assertThat(vote.path("values").findValuesAsText("label")).containsExactly("Approuver", "Rejeter", "S'abstenir");
		// the fields, their keys, values and rules are the deployed form's
		assertThat(vote.path("key")).isEqualTo(component(deployed, "Radio_Vote").path("key"));
		assertThat(vote.path("values").findValuesAsText("value")).containsExactly("APPROVE", "REJECT", "ABSTAIN");
		assertThat(vote.path("validate")).isEqualTo(component(deployed, "Radio_Vote").path("validate"));
		assertThat(withoutTexts(served)).isEqualTo(withoutTexts(deployed));
		// English is the forms' own language; a language without texts keeps them
		JsonNode english = deployed.deepCopy();
		new FormTexts().translate(english, Locale.ENGLISH);
		assertThat(english).isEqualTo(deployed);
		JsonNode german = deployed.deepCopy();
		new FormTexts().translate(german, Locale.GERMAN);
		assertThat(german).isEqualTo(deployed);
	}

	/** Every text of every form under its key, as {@link FormTexts} looks it up. */
	static Map<String, String> englishTexts() throws IOException {
		Map<String, String> texts = new HashMap<>();
		try (Stream<Path> files = Files.list(FORMS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
				JsonNode form = JSON.readTree(file.toFile());
				collect(form, form.path("id").asText(), texts);
			}
		}
		assertThat(texts).as("texts of the forms").hasSizeGreaterThan(100);
		return texts;
	}

	private static void collect(JsonNode container, String formId, Map<String, String> texts) {
		for (JsonNode component : container.path("components")) {
			String prefix = formId + "." + component.path("id").asText() + ".";
			for (String text : FormTexts.TEXTS) {
				if (component.path(text).isTextual() && !component.path(text).asText().isBlank()) {
					texts.put(prefix + text, component.path(text).asText());
				}
			}
			for (JsonNode option : component.path("values")) {
				texts.put(prefix + "values." + option.path("value").asText(), option.path("label").asText());
			}
			collect(component, formId, texts);
		}
	}

	private static Properties french() throws IOException {
		Properties french = new Properties();
		try (Reader reader = Files.newBufferedReader(FRENCH, StandardCharsets.UTF_8)) {
			french.load(reader);
		}
		return french;
	}

	private static List<String> expressions(String text) {
		List<String> found = new ArrayList<>();
		Matcher expression = EXPRESSION.matcher(text);
		while (expression.find()) {
			found.add(expression.group());
		}
		found.sort(null);
		return found;
	}

	private static JsonNode component(JsonNode form, String id) {
		for (JsonNode component : form.path("components")) {
			if (id.equals(component.path("id").asText())) {
				return component;
			}
		}
		throw new AssertionError("no component " + id);
	}

	/** The form with every text people read blanked. */
	private static JsonNode withoutTexts(JsonNode form) {
		JsonNode copy = form.deepCopy();
		blank(copy);
		return copy;
	}

	private static void blank(JsonNode container) {
		for (JsonNode component : container.path("components")) {
			FormTexts.TEXTS.stream()
				.filter(component::has)
				.forEach(text -> ((com.fasterxml.jackson.databind.node.ObjectNode) component).put(text, ""));
			component.path("values").forEach(option -> ((com.fasterxml.jackson.databind.node.ObjectNode) option).put("label", ""));
			blank(component);
		}
	}

}
