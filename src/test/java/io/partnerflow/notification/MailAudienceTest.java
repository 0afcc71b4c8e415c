package io.partnerflow.notification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.notification.MailTemplates.MailTemplate;
import io.partnerflow.notification.MailTemplates.RenderedMail;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerCategory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Every mail template and every mail task of every model: one audience per mail, letters to the
 * partner free of colleagues' user ids, staff addresses and the notes staff write in Tasklist, and
 * each template rendering with the variables its tasks give it (those it declares, and the partner,
 * its recruiter and the base URL).
 */
class MailAudienceTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates/mail");

	static final String RECRUITER_ID = "u7rita";

	static final String RECRUITER_EMAIL = "rita.rossi@vendor.example";

	static final String CONTACT_EMAIL = "jeanne@acme.example";

	static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");

	static final Pattern ROOT_NAME = Pattern.compile("(?<![.#\\w])([a-zA-Z_]\\w*)");

	static final Set<String> SPEL_WORDS = Set.of("true", "false", "null", "and", "or", "not", "eq", "ne", "lt", "gt",
			"le", "ge", "T", "new");

	static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

	final MailTemplates templates = new MailTemplates();

	static Stream<String> templateNames() throws IOException {
		try (Stream<Path> files = Files.list(TEMPLATES)) {
			List<String> names = files.map(f -> f.getFileName().toString())
				.filter(n -> n.endsWith(".html"))
				.map(n -> n.substring(0, n.length() - ".html".length()))
				.sorted()
				.toList();
			assertThat(names).as("mail templates").isNotEmpty();
			return names.stream();
		}
	}

	/** Every mail step of bpmn/*.bpmn, with its model file. */
	static Stream<Arguments> mailTasks() throws IOException {
		List<Arguments> tasks;
		try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
			tasks = files.filter(f -> f.toString().endsWith(".bpmn"))
				.sorted()
				.flatMap(file -> MailStep.in(Bpmn.readModelFromFile(file.toFile()))
					.stream()
					.map(step -> Arguments.of(file.getFileName() + "#" + step.id(), step)))
				.toList();
		}
		assertThat(tasks).as("mail tasks in bpmn/").hasSizeGreaterThan(10);
		return tasks.stream();
	}

	@ParameterizedTest
	@MethodSource("templateNames")
	void everyTemplateDeclaresItsAudience(String name) {
		// when
		MailTemplate template = templates.template(name);

		// then
		assertThat(template.audience()).isNotNull();
		assertThat(TEMPLATES.resolve(name + ".txt")).exists();
	}

	/** What the deployment would refuse ({@link MailStepCheck}), found in the build. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("mailTasks")
	void everyMailTaskWritesToOneAudienceOnly(String task, MailStep step) {
		assertThat(step.fields().get(MailStep.TEMPLATE).text()).as("template of %s", task).matches("[a-z0-9-]+");
		assertThat(step.problems(templates)).as("problems of %s", task).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("templateNames")
	void everyTemplateRendersWithTheVariablesItsTasksGiveIt(String name) throws IOException {
		// given what the template reads, in both of its files
		MailTemplate template = templates.template(name);
		Set<String> read = readVariables(name + ".html");
		read.addAll(readVariables(name + ".txt"));
		Set<String> given = given(template);

		// then it reads only what it is given, and renders
		assertThat(given).as("variables %s reads", name).containsAll(read);
		RenderedMail mail = render(name);
		assertThat(mail.subject()).isNotBlank().doesNotContain("${");
		assertThat(mail.text()).isNotBlank().doesNotContain("[(${", "${");
	}

	@ParameterizedTest
	@MethodSource("templateNames")
	void noMailNamesAColleagueByUserId(String name) {
		RenderedMail mail = render(name);

		assertThat(words(mail.subject() + " " + mail.text() + " " + mail.html())).as("words of %s", name)
			.doesNotContain(RECRUITER_ID);
	}

	@ParameterizedTest
	@MethodSource("templateNames")
	void aLetterToThePartnerShowsNoStaffAddressNorWhatStaffWroteInTasklist(String name) throws IOException {
		// given a letter to the partner
		MailTemplate template = templates.template(name);
		if (template.audience() != MailAudience.PARTNER) {
			return;
		}

		// when
		RenderedMail mail = render(name);

		// then the only addresses are the partner's own and its recruiter's
		Matcher addresses = EMAIL.matcher(mail.text() + " " + mail.html());
		while (addresses.find()) {
			assertThat(addresses.group()).as("address in %s", name).isIn(RECRUITER_EMAIL, CONTACT_EMAIL);
		}
		// and it is given no free text that a colleague typed in a Tasklist form
		assertThat(template.variables()).as("variables of %s", name).doesNotContainAnyElementsOf(staffNotes());
	}

	@Test
	void aTemplateWithoutAnAudienceIsRefused() {
		assertThatThrownBy(() -> MailAudience.parse(null, "new-mail")).isInstanceOf(MisaddressedMailException.class)
			.hasMessageContaining("new-mail declares no audience");
		assertThatThrownBy(() -> templates.template("no-such-mail")).isInstanceOf(MisaddressedMailException.class)
			.hasMessageContaining("No mail template no-such-mail");
	}

	@Test
	void theExitMailOfOldWasRefused() {
		// given the recipients the exit mail used to have
		Map<String, String> everyone = new HashMap<>(Map.of("partner", "true", "recruiter", "true", "groupManagers",
				"true", "groupSales", "true", "groupMarketing", "true", "groupTraining", "true", "groupLegal", "true"));

		// then neither the notice nor the letter may go to all of them
		everyone.put(MailStep.TEMPLATE, "partner-exited");
		assertThat(MailStepModels.step(everyone).problems(templates)).isNotEmpty();
		everyone.put(MailStep.TEMPLATE, "partner-exit-letter");
		assertThat(MailStepModels.step(everyone).problems(templates)).isNotEmpty();
	}

	@Test
	void namedPeopleAreInToGroupsInBccAndTheRecruiterInCopyOfALetter() {
		RecipientSpec recruiter = RecipientSpec.recruiterOf("P-1");
		RecipientSpec group = RecipientSpec.group("sales");
		RecipientSpec partner = RecipientSpec.partnerOf("P-1");

		assertThat(MailAudience.INTERNAL.addressing(recruiter, "t")).isEqualTo(MailAudience.Addressing.TO);
		assertThat(MailAudience.INTERNAL.addressing(group, "t")).isEqualTo(MailAudience.Addressing.BCC);
		assertThat(MailAudience.PARTNER.addressing(partner, "t")).isEqualTo(MailAudience.Addressing.TO);
		assertThat(MailAudience.PARTNER.addressing(recruiter, "t")).isEqualTo(MailAudience.Addressing.CC);
	}

	/** The translations under {@code fr/}: each of a template there is, in both of its files. */
	static Stream<String> frenchTemplates() throws IOException {
		try (Stream<Path> files = Files.list(TEMPLATES.resolve("fr"))) {
			List<String> names = files.map(f -> f.getFileName().toString())
				.filter(n -> n.endsWith(".html"))
				.map(n -> n.substring(0, n.length() - ".html".length()))
				.sorted()
				.toList();
			return names.stream();
		}
	}

	/**
	 * Every mail is written in French too: partners in France, Belgium, Luxembourg and Monaco read
	 * their letters in it, colleagues who chose French their notices.
	 */
	@ParameterizedTest
	@MethodSource("templateNames")
	void everyTemplateHasItsFrenchTranslationDeclaringTheSame(String name) throws IOException {
		MailTemplate template = templates.template(name);
		Path html = TEMPLATES.resolve("fr").resolve(name + ".html");
		assertThat(html).as("French %s", name).exists();
		assertThat(TEMPLATES.resolve("fr").resolve(name + ".txt")).exists();
		String french = Files.readString(html);
		String english = Files.readString(TEMPLATES.resolve(name + ".html"));
		for (String meta : List.of("audience", "variables", "personal-link", "report")) {
			assertThat(metaOf(french, meta)).as("%s of French %s", meta, name).isEqualTo(metaOf(english, meta));
		}
		Set<String> read = readVariables("fr/" + name + ".html");
		read.addAll(readVariables("fr/" + name + ".txt"));
		Set<String> given = given(template);
		assertThat(given).as("variables French %s reads", name).containsAll(read);
	}

	/** No text is left in the other language: the French mail has no English phrase, the English none in French. */
	@ParameterizedTest
	@MethodSource("frenchTemplates")
	void aTranslatedLetterRendersInItsOwnLanguageOnly(String name) {
		RenderedMail french = render(name, Locale.FRENCH);
		RenderedMail english = render(name, Locale.ENGLISH);

		assertThat(french.subject()).isNotEqualTo(english.subject());
		for (RenderedMail mail : List.of(french)) {
			assertThat(mail.subject() + "\n" + mail.text()).as("French %s", name)
				.doesNotContain("Dear ", " your ", "Your ", " the ", " and ", "[(${");
		}
		assertThat(english.subject() + "\n" + english.text()).as("English %s", name)
			.doesNotContain("Bonjour", " votre ", "Votre ", " vous ", " le ", " et ");
	}

	@Test
	void aLetterToAPartnerInFranceIsInFrenchAndElsewhereInEnglish() {
		assertThat(io.partnerflow.partner.PartnerLanguage.of("FR")).isEqualTo(Locale.FRENCH);
		assertThat(io.partnerflow.partner.PartnerLanguage.of("be")).isEqualTo(Locale.FRENCH);
		assertThat(io.partnerflow.partner.PartnerLanguage.of("DE")).isEqualTo(Locale.ENGLISH);
	}

	/** What a template is given: its variables and the partner's, or for a report the report. */
	private static Set<String> given(MailTemplate template) {
		Set<String> given = new HashSet<>(template.variables());
		if (template.report() != null) {
			given.addAll(Set.of("baseUrl", MailTemplates.REPORT));
			return given;
		}
		given.addAll(MailTemplates.ALWAYS_GIVEN);
		if (template.personalLink() != null) {
			given.add(MailTemplates.PERSONAL_LINK);
		}
		return given;
	}

	/** A report as {@link MailReports} write them: figures as text, the partners they count, the funnel's steps. */
	private static Map<String, Object> sampleReport() {
		Map<String, Object> report = new HashMap<>() {
			@Override
			public Object get(Object key) {
				Object value = super.get(key);
				return value != null ? value : key.toString().endsWith("Partners") ? 3L : "sample " + key;
			}

			@Override
			public boolean containsKey(Object key) {
				return true;
			}
		};
		report.put("funnel", Map.of("LISTED", 40L, "ELIGIBLE", 30L, "APPROACHED", 25L, "APPLIED", 12L, "APPROVED", 9L,
				"SIGNED", 8L, "ACTIVE", 3L, "EXITED", 1L));
		return report;
	}

	private static String metaOf(String html, String name) {
		Matcher meta = Pattern.compile("<meta\\s+name=\"" + name + "\"\\s+content=\"([^\"]*)\"").matcher(html);
		return meta.find() ? meta.group(1) : null;
	}

	private RenderedMail render(String name) {
		return render(name, Locale.ENGLISH);
	}

	private RenderedMail render(String name, Locale language) {
		Map<String, Object> model = new HashMap<>();
		for (String variable : templates.template(name).variables()) {
			model.put(variable, variable.matches(".*(At|On|Deadline)") ? new Date() : "sample " + variable);
		}
		model.put("baseUrl", "https://partnerflow.example");
		if (templates.template(name).report() != null) {
			model.put(MailTemplates.REPORT, sampleReport());
			return templates.render(name, model, language);
		}
		model.put("partner", partner());
		model.put("recruiter", new StaffMember("Rita Rossi", RECRUITER_EMAIL));
		if (templates.template(name).personalLink() != null) {
			model.put(MailTemplates.PERSONAL_LINK, "https://partnerflow.example/portal/application/sample-token");
		}
		return templates.render(name, model, language);
	}

	private static Partner partner() {
		Partner partner = mock(Partner.class);
		Instant day = Instant.parse("2026-03-02T00:00:00Z");
		when(partner.getReference()).thenReturn("P-2026-00042");
		when(partner.getCompany()).thenReturn("Acme Conseil");
		when(partner.getCountry()).thenReturn("FR");
		when(partner.getMarket()).thenReturn("Retail");
		when(partner.getCategory()).thenReturn(PartnerCategory.values()[0]);
		when(partner.getContactName()).thenReturn("Jeanne Martin");
		when(partner.getContactEmail()).thenReturn(CONTACT_EMAIL);
		when(partner.getRecruiter()).thenReturn(RECRUITER_ID);
		when(partner.getTier()).thenReturn("Gold");
		when(partner.getAnnualRevenue()).thenReturn(500_000L);
		when(partner.getContractSignedAt()).thenReturn(day);
		when(partner.getFirstDealAt()).thenReturn(day);
		when(partner.getExitedAt()).thenReturn(day);
		return partner;
	}

	/** The variables read by the expressions of a template file. */
	private static Set<String> readVariables(String file) throws IOException {
		Set<String> names = new HashSet<>();
		Matcher expression = EXPRESSION.matcher(Files.readString(TEMPLATES.resolve(file)));
		while (expression.find()) {
			Matcher name = ROOT_NAME.matcher(expression.group(1).replaceAll("'[^']*'", "''"));
			while (name.find()) {
				if (!SPEL_WORDS.contains(name.group(1))) {
					names.add(name.group(1));
				}
			}
		}
		return names;
	}

	/**
	 * The keys of the free-text fields colleagues fill in Tasklist forms, but those a form declares
	 * written for the partner ({@code "properties": {"audience": "partner"}}, the rejection letter).
	 */
	private static Set<String> staffNotes() throws IOException {
		Set<String> keys = new HashSet<>();
		try (Stream<Path> forms = Files.list(Path.of("forms"))) {
			for (Path form : forms.toList()) {
				for (JsonNode component : new ObjectMapper().readTree(form.toFile()).path("components")) {
					String type = component.path("type").asText();
					boolean writtenForThePartner = "partner".equals(component.path("properties").path("audience").asText());
					if ((type.equals("textfield") || type.equals("textarea")) && !component.path("disabled").asBoolean()
							&& !writtenForThePartner) {
						keys.add(component.path("key").asText());
					}
				}
			}
		}
		assertThat(keys).as("free-text fields of the forms").contains("exitConversationSummary");
		return keys;
	}

	private static List<String> words(String text) {
		return List.of(text.split("[^\\w]+"));
	}

}
