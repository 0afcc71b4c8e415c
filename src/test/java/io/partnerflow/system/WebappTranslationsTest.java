package io.partnerflow.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda's webapps in French: each app's {@code locales/fr.json} has exactly the texts of the
 * English that the Camunda version on the class path ships (so an upgrade that adds texts fails
 * here until they are translated), each keeping its {@code {{...}}} values, and the app's
 * configuration offers it.
 */
class WebappTranslationsTest {

	private static final Path APPS = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app");

	private static final Pattern EXPRESSION = Pattern.compile("\\{\\{[^}]*}}");

	private static final ObjectMapper JSON = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void theFrenchOfAnAppHasEveryTextOfItsEnglishAndNoOther(String app) throws IOException {
		JsonNode english;
		try (InputStream shipped = getClass().getResourceAsStream("/META-INF/resources/webjars/camunda/app/" + app
				+ "/locales/en.json")) {
			assertThat(shipped).as("Camunda's English %s", app).isNotNull();
			english = JSON.readTree(new String(shipped.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
				.replace("\uFEFF", ""));
		}
		JsonNode french = JSON.readTree(APPS.resolve(app).resolve("locales/fr.json").toFile());

		Map<String, String> en = flatten(english);
		Map<String, String> fr = flatten(french);
		assertThat(fr.keySet()).as("texts of French %s", app).isEqualTo(en.keySet());
		en.forEach((key, text) -> {
			if (!text.isBlank()) {
				assertThat(fr.get(key)).as("%s of %s", key, app).isNotBlank();
			}
			assertThat(expressions(fr.get(key))).as("values of %s in %s", key, app).isEqualTo(expressions(text));
		});
		assertThat(Files.readString(APPS.resolve(app).resolve("scripts/config.js")))
			.as("%s's configuration offers French", app)
			.containsPattern("availableLocales:\\s*\\[[^]]*'fr'");
	}

	private static Map<String, String> flatten(JsonNode node) {
		Map<String, String> flat = new TreeMap<>();
		flatten("", node, flat);
		return flat;
	}

	private static void flatten(String path, JsonNode node, Map<String, String> flat) {
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				flatten(path + "/" + field.getKey(), field.getValue(), flat);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				flatten(path + "[" + i + "]", node.get(i), flat);
			}
		}
		else {
			flat.put(path, node.asText());
		}
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

}
