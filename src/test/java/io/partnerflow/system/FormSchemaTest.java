package io.partnerflow.system;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the engine write guard reads of each deployed form: for every form of the project, every
 * writable field refuses a value just outside what the form declares (its bounds, length, choices,
 * type) and accepts one just inside, so the server holds each rule Tasklist shows.
 */
class FormSchemaTest {

	static final ObjectMapper JSON = new ObjectMapper();

	static Stream<Path> forms() throws IOException {
		return Files.list(Path.of("forms")).filter(path -> path.toString().endsWith(".form")).sorted();
	}

	@ParameterizedTest
	@MethodSource("forms")
	void everyWritableFieldRefusesAValueJustOutsideWhatItsFormDeclares(Path path) throws IOException {
		// given the form as the guard reads it
		FormSchema form = read(path);
		List<String> checked = new ArrayList<>();

		// when / then
		for (FormSchema.Field field : form.fields().values()) {
			switch (field.type()) {
				case "number" -> {
					if (field.min() != null) {
						assertThat(field.problem(field.min(), FormWords.ENGLISH)).as(field.key()).isNull();
						assertThat(field.problem(field.min().subtract(BigDecimal.ONE), FormWords.ENGLISH)).as(field.key()).contains("at least");
					}
					if (field.max() != null) {
						assertThat(field.problem(field.max(), FormWords.ENGLISH)).as(field.key()).isNull();
						assertThat(field.problem(field.max().add(BigDecimal.ONE), FormWords.ENGLISH)).as(field.key()).contains("at most");
					}
					assertThat(field.problem("a lot", FormWords.ENGLISH)).as(field.key()).isEqualTo("must be a number");
				}
				case "textfield", "textarea" -> {
					int most = field.maxLength() == null ? FormSchema.DEFAULT_MAX_LENGTH : field.maxLength();
					if (field.pattern() == null) {
						assertThat(field.problem("x".repeat(most), FormWords.ENGLISH)).as(field.key()).isNull();
					}
					assertThat(field.problem("x".repeat(most + 1), FormWords.ENGLISH)).as(field.key()).contains("at most");
					assertThat(field.problem(42, FormWords.ENGLISH)).as(field.key()).isEqualTo("must be a text");
				}
				case "radio", "select" -> {
					if (field.choices().isEmpty()) {
						// options filled from reference data when the form is served (FormOptions): the value is
						// checked where it is kept (the markets: MarketsIntegrationTest); here, only as a text
						assertThat(field.problem(42, FormWords.ENGLISH)).as(field.key()).isEqualTo("must be a text");
						break;
					}
					field.choices().forEach(choice -> assertThat(field.problem(choice, FormWords.ENGLISH)).as(field.key()).isNull());
					assertThat(field.problem("NOT_A_CHOICE", FormWords.ENGLISH)).as(field.key()).startsWith("must be one of");
				}
				case "checkbox" -> {
					assertThat(field.problem(true, FormWords.ENGLISH)).as(field.key()).isNull();
					assertThat(field.problem("yes", FormWords.ENGLISH)).as(field.key()).isEqualTo("must be yes or no");
				}
				case "datetime" -> {
					assertThat(field.problem("2026-11-20", FormWords.ENGLISH)).as(field.key()).isNull();
					assertThat(field.problem("next week", FormWords.ENGLISH)).as(field.key()).isEqualTo("must be a date YYYY-MM-DD");
					assertThat(field.problem("2026-02-30", FormWords.ENGLISH)).as(field.key()).isEqualTo("must be a date YYYY-MM-DD");
				}
				default -> throw new AssertionError(path + ": the guard does not know field type " + field.type());
			}
			checked.add(field.key());
		}
		assertThat(checked).as("%s has writable fields", path).isNotEmpty();
	}

	@Test
	void whatACompletionNeedsIsWhatTheFormRequiresInItsOrderAndEveryCheckbox() throws IOException {
		// given the approach's form (all required) and legal's (a checkbox beside required fields)
		FormSchema approach = read(Path.of("forms/partner-recruitment-approach-candidate.form"));
		FormSchema contract = read(Path.of("forms/partner-recruitment-sign-contract.form"));

		// then each needs a value, listed as the user reads the form
		assertThat(approach.fields().values().stream().filter(FormSchema.Field::needsValue).map(FormSchema.Field::name))
			.containsExactly("Meeting date", "Margin on an average deal (EUR)", "Expected revenue over 3 years (EUR)",
					"Expected return on investment (%)", "Is the candidate interested?");
		assertThat(contract.fields().get("businessPlanAnnexed").required()).isFalse();
		assertThat(contract.fields().values().stream().filter(FormSchema.Field::needsValue).map(FormSchema.Field::key))
			.containsExactly("contractType", "businessPlanAnnexed", "contractSignedOn");

		// and a comment the ballot leaves optional is not needed
		assertThat(read(Path.of("forms/committee-vote-cast-vote.form")).fields().get("voteComment").needsValue()).isFalse();
	}

	@Test
	void eachReviewDecidesOnlyWhatItsFormOffersAndTrainingCountsAreWholeNumbers() throws IOException {
		// given the review at month 6, the final one at month 9, and the sales training
		FormSchema.Field monthSix = read(Path.of("forms/exit-review-review-partnership.form")).fields().get("reviewDecision");
		FormSchema.Field monthNine = read(Path.of("forms/exit-review-decide-final-exit.form")).fields().get("reviewDecision");
		FormSchema.Field trained = read(Path.of("forms/partner-onboarding-train-sales-people.form")).fields()
			.get("salesPeopleTrained");

		// then extending is refused at the final review, an exception at month 6, and half a person
		assertThat(monthNine.problem("extend", FormWords.ENGLISH)).isEqualTo("must be one of exit, exception");
		assertThat(monthSix.problem("exception", FormWords.ENGLISH)).isEqualTo("must be one of extend, exit");
		assertThat(trained.problem(2.5, FormWords.ENGLISH)).isEqualTo("must be a whole number");
		assertThat(trained.problem("3.0", FormWords.ENGLISH)).isNull();
	}

	@Test
	void shownFactsAreNotWritable() throws IOException {
		// given a form that shows the plan's facts in disabled fields and texts
		FormSchema form = read(Path.of("forms/exit-review-review-partnership.form"));

		// then only its inputs can be written
		assertThat(form.fields()).containsOnlyKeys("reviewDecision", "decisionReason");
	}

	@Test
	void theBallotShowsTheCandidateAndItsDeadlineButOnlyTheVoteIsWritable() throws IOException {
		// given the ballot: the candidate in texts, the deadline in a disabled date and time
		FormSchema ballot = read(Path.of("forms/committee-vote-cast-vote.form"));
		FormSchema chair = read(Path.of("forms/committee-vote-decide-as-chair.form"));

		// then a member writes the vote and its comment only, the chair the decision and its comment
		assertThat(ballot.fields()).containsOnlyKeys("vote", "voteComment");
		assertThat(chair.fields()).containsOnlyKeys("chairDecision", "chairComment");
	}

	@ParameterizedTest
	@MethodSource("forms")
	void everyTaskFormNamesItsPartnerAtTheTopWithALinkToItsPage(Path path) throws IOException {
		// given a task's form (the start forms list a partner not yet known, or open a plan)
		JsonNode first = JSON.readTree(path.toFile()).path("components").path(0);
		if (path.endsWith("partner-recruitment-list-candidate.form") || path.endsWith("recruitment-plan-open-plan.form")) {
			return;
		}
		// a recruitment plan's tasks are about no partner: they name their plan and link to its page
		if (path.getFileName().toString().startsWith("recruitment-plan-")) {
			assertThat(first.path("type").asText()).as(path.toString()).isEqualTo("text");
			assertThat(first.path("text").asText()).as(path.toString())
				.contains("Recruitment plan {{planYear}}", "href=\"/plans/{{planYear}}\"", "target=\"_blank\"");
			return;
		}

		// a lead's tasks are about a customer's lead: they name it (customer, lead's reference), and link to the
		// page of the partner it concerns, when there is one (the one proposed, the one pre-sales help)
		if (path.getFileName().toString().startsWith("lead-distribution-")) {
			assertThat(first.path("type").asText()).as(path.toString()).isEqualTo("text");
			assertThat(first.path("text").asText()).as(path.toString()).contains("{{company}}", "{{reference}}");
			if (!path.endsWith("lead-distribution-decide-returned-lead.form")) {
				assertThat(first.path("text").asText()).as(path.toString()).contains("href=\"/partners/{{", "target=\"_blank\"");
			}
			return;
		}

		// then its first component is a text with the company, the reference and the partner page
		assertThat(first.path("type").asText()).as(path.toString()).isEqualTo("text");
		assertThat(first.path("text").asText()).as(path.toString())
			.contains("{{company}}", "{{reference}}", "href=\"/partners/{{reference}}\"", "target=\"_blank\"");
	}

	private static FormSchema read(Path path) throws IOException {
		try (InputStream in = Files.newInputStream(path)) {
			return FormSchema.read(in, JSON);
		}
	}

}
