package io.partnerflow.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestPartners;
import io.partnerflow.support.TestUsers;
import io.partnerflow.support.WebappSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The language PartnerFlow speaks to a member of staff: chosen on their account page (their own
 * only, behind the page's CSRF token, a language it is written in only), else their browser's for
 * what a browser shows; a task's form is served in it through both REST APIs, its fields unchanged.
 */
@IntegrationTest
class StaffLanguageTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	StaffLanguages languages;

	@Autowired
	PartnerService partners;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	Jobs jobs;

	@Autowired
	org.camunda.bpm.engine.FilterService filterService;

	@Autowired
	ObjectMapper json;

	@Test
	void aTaskFormIsServedInItsUsersLanguageWithTheSameFields() throws Exception {
		// given an "Approach candidate" task of raoul, who reads French, and one of rita, who chose English
		String raoulsTask = approachTaskOf("raoul", "Langue");
		String ritasTask = approachTaskOf("rita", "Language");

		// when each opens their form through the engine's REST API, and raoul through Tasklist's too
		HttpResponse<String> raoulsForm = engineRest("raoul", "/task/" + raoulsTask + "/deployed-form", "en-US");
		HttpResponse<String> ritasForm = engineRest("rita", "/task/" + ritasTask + "/deployed-form", "fr-FR");
		HttpResponse<String> inTasklist = new WebappSession(port).login("raoul", "tasklist")
			.get("/camunda/api/engine/engine/default/task/" + raoulsTask + "/deployed-form");

		// then raoul reads French, whatever his browser says, and rita her English
		JsonNode french = json.readTree(raoulsForm.body());
		assertThat(raoulsForm.statusCode()).isEqualTo(200);
		assertThat(raoulsForm.headers().firstValue("Content-Language")).hasValue("fr");
		assertThat(label(french, "Number_AverageDealMargin")).isEqualTo("Marge sur une affaire moyenne (EUR)");
		assertThat(json.readTree(inTasklist.body())).isEqualTo(french);
		JsonNode english = json.readTree(ritasForm.body());
		assertThat(label(english, "Number_AverageDealMargin")).isEqualTo("Margin on an average deal (EUR)");
		// the same fields, keys and rules: the write guard checks a submission against the deployed form
		assertThat(french.findValuesAsText("key")).isEqualTo(english.findValuesAsText("key"));
		assertThat(french.findValues("validate")).isEqualTo(english.findValues("validate"));
		// a task the caller may not see is refused as before, in no language
		assertThat(engineRest("mark", "/task/" + raoulsTask + "/deployed-form", "fr-FR").statusCode()).isEqualTo(403);
	}

	@Test
	void tasklistListsTheTasksFiltersAndModelsInTheUsersLanguageAndTheEngineKeepsTheEnglish() throws Exception {
		// given a task of raoul, who reads French
		String raoulsTask = approachTaskOf("raoul", "Listed");
		String english = taskService.createTaskQuery().taskId(raoulsTask).singleResult().getName();
		String reference = english.replaceAll(".*\\((.*)\\)$", "$1");
		String french = english.replace("Approach candidate: ", "Approcher le candidat: ");
		WebappSession tasklist = new WebappSession(port).login("raoul", "tasklist");

		// when Tasklist lists his filters, their tasks, and his task's model
		JsonNode filters = json.readTree(tasklist.get("/camunda/api/engine/engine/default/filter?resourceType=Task").body());
		String mine = null;
		for (JsonNode filter : filters) {
			if (filter.path("name").asText().equals("Mes tâches")) {
				mine = filter.path("id").asText();
			}
		}
		assertThat(filters.findValuesAsText("name")).contains("Mes tâches", "Les tâches de mes groupes", "Recrutement");
		// (each filter the engine keeps has its French: TaskTexts translates by the English name)
		for (org.camunda.bpm.engine.filter.Filter kept : filterService.createFilterQuery().list()) {
			assertThat(filters.findValuesAsText("name")).as("French of filter %s", kept.getName()).doesNotContain(kept.getName());
		}
		HttpResponse<String> list = tasklist.send("POST", "/camunda/api/engine/engine/default/filter/" + mine
				+ "/list?firstResult=0&maxResults=15", "{}", "application/hal+json");

		// then the task is named in French with its partner, and so is its model
		JsonNode page = json.readTree(list.body());
		assertThat(page.path("_embedded").path("task").findValuesAsText("name"))
			.contains(french);
		assertThat(page.path("_embedded").path("processDefinition").findValuesAsText("name")).contains("Recrutement de partenaire");
		assertThat(json.readTree(engineRest("raoul", "/task/" + raoulsTask, "en-US").body()).path("name").asText())
			.startsWith("Approcher le candidat: ");
		// (rita, a recruiter too, reads the same task in English, her choice)
		assertThat(json.readTree(engineRest("rita", "/task?processInstanceBusinessKey=" + reference + "&maxResults=10", "fr-FR")
			.body()).findValuesAsText("name")).containsExactly(english);

		// when Tasklist saves the task (a due date set), with the name it showed
		java.util.Date due = java.util.Date.from(java.time.Instant.parse("2027-01-15T10:00:00Z"));
		HttpResponse<String> saved = tasklist.send("PUT", "/camunda/api/engine/engine/default/task/" + raoulsTask,
				"{\"name\": \"" + french + "\", \"due\": \"2027-01-15T10:00:00.000+0000\","
						+ " \"assignee\": \"raoul\", \"priority\": 50}", "application/json");

		// then the date is set and the engine keeps its name, as it does when a caller renames a task
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);
		Task task = taskService.createTaskQuery().taskId(raoulsTask).singleResult();
		assertThat(task.getDueDate()).isEqualTo(due);
		assertThat(task.getName()).isEqualTo(english);
		HttpResponse<String> renamed = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task/" + raoulsTask))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("raoul:raoul".getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"Nothing to do here\", \"assignee\": \"raoul\", \"priority\": 50}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(renamed.statusCode()).isEqualTo(204);
		assertThat(taskService.createTaskQuery().taskId(raoulsTask).singleResult().getName())
			.isEqualTo(english);
	}

	@Test
	void aRefusedFormSpeaksTheLanguageOfWhoeverSubmittedIt() throws Exception {
		// given an "Approach candidate" task of raoul, who reads French
		String task = approachTaskOf("raoul", "Refusé");

		// when he submits it with only the interest, then with a return that is no number, then a meeting in the future
		HttpResponse<String> incomplete = submit("raoul", task, "{\"candidateInterested\":{\"value\":\"YES\"}}");
		String figures = "\"candidateInterested\":{\"value\":\"YES\"},\"averageDealMargin\":{\"value\":4200},"
				+ "\"expectedRevenue3Years\":{\"value\":950000},";
		HttpResponse<String> notANumber = submit("raoul", task, "{" + figures
				+ "\"meetingDate\":{\"value\":\"2026-11-10\"},\"expectedRoi\":{\"value\":\"35 %\"}}");
		HttpResponse<String> future = submit("raoul", task, "{" + figures
				+ "\"meetingDate\":{\"value\":\"2099-01-05\"},\"expectedRoi\":{\"value\":35}}");

		// then he is told in French, the fields named as his form labels them
		assertThat(incomplete.statusCode()).isEqualTo(400);
		assertThat(json.readTree(incomplete.body()).path("message").asText()).isEqualTo("Veuillez renseigner : Date du "
				+ "rendez-vous, Marge sur une affaire moyenne (EUR), Chiffre d'affaires attendu sur 3 ans (EUR), "
				+ "Retour sur investissement attendu (%)");
		assertThat(notANumber.statusCode()).isEqualTo(400);
		assertThat(json.readTree(notANumber.body()).path("message").asText())
			.isEqualTo("Veuillez corriger le formulaire : Retour sur investissement attendu (%) doit être un nombre");
		assertThat(future.statusCode()).isEqualTo(400);
		assertThat(json.readTree(future.body()).path("message").asText())
			.isEqualTo("Veuillez corriger : Date du rendez-vous ne peut pas être dans le futur");
		assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
	}

	@Test
	void withoutAChoiceTheBrowsersFirstLanguageDecidesAndAMailTheDefault() {
		TestUsers.member(identityService, "nina", Groups.RECRUITERS);

		assertThat(languages.chosen("nina")).isEmpty();
		assertThat(languages.of("nina", browser("fr-BE,fr;q=0.9,en;q=0.8"))).isEqualTo(Locale.FRENCH);
		// as Tasklist itself: the first language only, so the form and the webapp around it agree
		assertThat(languages.of("nina", browser("de-DE,fr;q=0.9"))).isEqualTo(Locale.ENGLISH);
		assertThat(languages.of("nina", browser(null))).isEqualTo(Locale.ENGLISH);
		assertThat(languages.of("nina", browser("not a language;;q=x"))).isEqualTo(Locale.ENGLISH);
		assertThat(languages.of("nina")).as("a mail has no browser").isEqualTo(Locale.ENGLISH);
	}

	@Test
	void aLanguagePartnerFlowIsNotWrittenInIsRefused() {
		Throwable refused = catchThrowable(() -> languages.choose("rita", "de"));

		assertThat(refused).isInstanceOf(BadRequestException.class);
		assertThat(((BadRequestException) refused).getProblems()).singleElement()
			.satisfies(problem -> assertThat(problem.toString()).contains("language", "en, fr"));
		assertThat(languages.of("rita")).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void eachUserChangesTheirOwnLanguageOnTheirAccountPageOnly() throws Exception {
		// without a login the browser is sent to the webapps' login; a user of no PartnerFlow group is refused
		HttpResponse<String> anonymous = new WebappSession(port).page("/account");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/camunda/app/welcome/default/");
		TestUsers.member(identityService, "outsider", "partners");
		assertThat(new WebappSession(port).login("outsider", "welcome").page("/account").statusCode()).isEqualTo(403);

		// raoul reads his page with French chosen
		WebappSession raoul = new WebappSession(port).login("raoul", "tasklist");
		HttpResponse<String> page = raoul.page("/account");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Français", "English").containsPattern("value=\"fr\"\\s+checked");
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as("the page's form carries a CSRF token").isTrue();
		String csrf = "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		try {
			// a form without the page's token is refused, as one posted from another site would be
			assertThat(raoul.postForm("/account/language", "language=en").statusCode()).isEqualTo(403);
			assertThat(languages.of("raoul")).isEqualTo(Locale.FRENCH);
			// a language PartnerFlow is not written in is answered next to the choice
			HttpResponse<String> german = raoul.postForm("/account/language", "language=de" + csrf);
			assertThat(german.statusCode()).isEqualTo(400);
			assertThat(german.body()).contains("Choose one of the languages listed.");
			assertThat(raoul.postForm("/account/language", "language=" + csrf).statusCode()).isEqualTo(400);
			assertThat(languages.of("raoul")).isEqualTo(Locale.FRENCH);
			// no user id is read: a field naming another user changes nothing of theirs
			HttpResponse<String> saved = raoul.postForm("/account/language", "language=en&userId=claire&user=claire" + csrf);
			assertThat(saved.statusCode()).isEqualTo(302);
			assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/account?saved");
			assertThat(languages.of("raoul")).isEqualTo(Locale.ENGLISH);
			assertThat(languages.of("claire")).isEqualTo(Locale.FRENCH);
			assertThat(raoul.page("/account?saved").body()).contains("Your language is saved");
		}
		finally {
			languages.choose("raoul", "fr");
		}
	}

	private String approachTaskOf(String recruiter, String company) {
		String reference = partners.register(TestPartners.candidate(company), recruiter).getReference();
		runtimeService.startProcessInstanceByKey(RecruitmentProcess.KEY, reference);
		jobs.runDue();
		Task approach = taskService.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(RecruitmentProcess.APPROACH_CANDIDATE)
			.singleResult();
		return approach.getId();
	}

	private HttpResponse<String> engineRest(String user, String path, String browserLanguage) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest" + path))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
				.header("Accept-Language", browserLanguage)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> submit(String user, String task, String variables) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task/" + task + "/submit-form"))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"variables\":" + variables + "}"))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static MockHttpServletRequest browser(String acceptLanguage) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		if (acceptLanguage != null) {
			request.addHeader("Accept-Language", acceptLanguage);
		}
		return request;
	}

	private static String label(JsonNode form, String componentId) {
		for (JsonNode component : form.findParents("id")) {
			if (componentId.equals(component.path("id").asText())) {
				return component.path("label").asText();
			}
		}
		throw new AssertionError("no component " + componentId);
	}

}
