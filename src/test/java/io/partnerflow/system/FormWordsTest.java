package io.partnerflow.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a refused form says exists in both languages, for every text the code asks for: the keys
 * of {@code refusals.properties} and {@code refusals_fr.properties} are the same, and each key the
 * code names ({@code say("...")}, an earliest date's {@code "earliest...."}) is one of them.
 */
class FormWordsTest {

	private static final Pattern NAMED = Pattern.compile("\"((?:form|field|date|earliest|ballot|dealRegistration|exitReview|onboarding|leads)\\.[A-Za-z]+)\"");

	@Test
	void everyTextTheCodeAsksForIsWrittenInBothLanguages() throws IOException {
		Set<String> english = keys("refusals.properties");
		Set<String> french = keys("refusals_fr.properties");
		Set<String> named = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher key = NAMED.matcher(Files.readString(source));
				while (key.find()) {
					named.add(key.group(1));
				}
			}
		}

		assertThat(french).isEqualTo(english);
		assertThat(english).containsAll(named);
		assertThat(named).as("the texts the code asks for").contains("form.fillIn", "ballot.rejectNeedsComment",
				"earliest.committeeApproval");
	}

	@Test
	void aRefusalIsWrittenInItsReadersLanguage() {
		FormWords french = new FormWords(Locale.FRENCH);

		assertThat(french.say("form.fillIn", "Date du rendez-vous")).isEqualTo("Veuillez renseigner : Date du rendez-vous");
		assertThat(french.say("field.atMostCharacters", "4000")).isEqualTo("doit compter au plus 4000 caractères");
		assertThat(french.say("earliest.committeeApproval")).isEqualTo("l'agrément du comité");
		assertThat(french.day(LocalDate.of(2027, 1, 15))).isEqualTo("15 janvier 2027");
		assertThat(FormWords.ENGLISH.say("earliest.committeeApproval")).isEqualTo("the committee's approval");
		assertThat(FormWords.ENGLISH.day(LocalDate.of(2027, 1, 15))).isEqualTo("2027-01-15");
	}

	private static Set<String> keys(String file) throws IOException {
		Properties texts = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages", file), StandardCharsets.UTF_8)) {
			texts.load(reader);
		}
		return new TreeSet<>(texts.stringPropertyNames());
	}

}
