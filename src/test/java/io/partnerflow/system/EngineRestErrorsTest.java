package io.partnerflow.system;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLDataException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestPartners;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's REST API, as Tasklist and scripts call it, answers a client's mistake with a 4xx in
 * Camunda's JSON shape ({@code type}, {@code message}) and never shows SQL, class names or stack
 * frames: a withdrawn task is 404 on every task endpoint (also inside the webapps), a concurrent
 * change 409, an existing group member 409, broken or too deep JSON 400, a body over 1 MiB 413,
 * a page over 2,000 rows 400, and whatever else fails 500 with an error id.
 */
@IntegrationTest
class EngineRestErrorsTest {

	static final List<String> TASK_ENDPOINTS = List.of("GET /form", "GET /deployed-form", "GET /rendered-form",
			"GET /form-variables", "GET /variables", "GET /variables/vote", "PUT /variables/vote", "POST /variables",
			"POST /submit-form", "POST /submit-form/", "POST /complete", "POST /complete/", "POST /claim",
			"POST /unclaim", "POST /assignee", "POST /resolve", "GET /identity-links", "POST /identity-links",
			"GET /comment", "GET ", "GET /deployed-form/", "DELETE /variables/vote");

	@LocalServerPort
	int port;

	@Autowired
	TaskService taskService;

	@Autowired
	PartnerService partners;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	Jobs jobs;

	final HttpClient http = HttpClient.newHttpClient();

	final ObjectMapper json = new ObjectMapper();

	@Test
	void aWithdrawnTaskIs404OnEveryTaskEndpointWithoutInternals() throws Exception {
		// given a task of rita's that was withdrawn
		String gone = withdrawnTask();

		for (String endpoint : TASK_ENDPOINTS) {
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String path = "/engine-rest/task/" + gone + endpoint.substring(endpoint.indexOf(' ') + 1);
			// when
			HttpResponse<String> response = send(method, path, "rita", "{\"variables\":{},\"value\":\"x\",\"userId\":\"rita\"}");

			// then
			assertThat(response.statusCode()).as(endpoint).isEqualTo(404);
			assertThat(response.body()).as(endpoint).contains("\"type\":\"InvalidRequestException\"",
					"This task is no longer open: it was completed or withdrawn").doesNotContain(gone);
		}
	}

	@Test
	void aWithdrawnBallotOpenedInTasklistIs404() throws Exception {
		// given a member logged into Tasklist, and a task withdrawn while the page was open
		String gone = withdrawnTask();
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		String csrf = webappLogin(browser, cookies, "rita");

		// when Tasklist loads its form and submits it
		HttpResponse<String> form = browser.send(HttpRequest
			.newBuilder(url("/camunda/api/engine/engine/default/task/" + gone + "/deployed-form"))
			.header("Accept", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> submit = browser.send(HttpRequest
			.newBuilder(url("/camunda/api/engine/engine/default/task/" + gone + "/submit-form"))
			.header("X-XSRF-TOKEN", csrf)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{}}"))
			.build(), HttpResponse.BodyHandlers.ofString());

		// then
		assertThat(form.statusCode()).as(form.body()).isEqualTo(404);
		assertThat(form.body()).contains("This task is no longer open").doesNotContain(gone);
		assertThat(submit.statusCode()).as(submit.body()).isEqualTo(404);
	}

	@Test
	void aFormRefusedInTasklistIs400WithTheUsersMessageAlone() throws Exception {
		// given rita's "Approach candidate" task, and rita logged into Tasklist
		Partner listed = partners.register(TestPartners.candidate("Refused in Tasklist"), "rita");
		String company = listed.getCompany();
		String reference = listed.getReference();
		runtimeService.startProcessInstanceByKey(RecruitmentProcess.KEY, reference);
		jobs.runDue();
		String approach = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		webappLogin(browser, cookies, "rita");
		// the page Tasklist reloads after the login hands the session's token
		browser.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).build(), HttpResponse.BodyHandlers.discarding());
		String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue).findFirst().orElseThrow();

		// when Tasklist submits the form with the figures missing, and a start form for a listed company
		HttpResponse<String> task = browser.send(HttpRequest
			.newBuilder(url("/camunda/api/engine/engine/default/task/" + approach + "/submit-form"))
			.header("X-XSRF-TOKEN", csrf)
			.header("Origin", "http://localhost:" + port)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{\"candidateInterested\":{\"value\":\"YES\"}}}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> start = browser.send(HttpRequest
			.newBuilder(url("/camunda/api/engine/engine/default/process-definition/key/partner-recruitment/submit-form"))
			.header("X-XSRF-TOKEN", csrf)
			.header("Origin", "http://localhost:" + port)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"variables":{"company":{"value":"%s"},"country":{"value":"FR"},"market":{"value":"Retail"},
					 "category":{"value":"RESELLER"},"contactName":{"value":"Jo"},"contactEmail":{"value":"jo@gmail.com"},
					 "annualRevenue":{"value":3000000},"salesStaff":{"value":4},"technicalStaff":{"value":2},
					 "competingSuppliers":{"value":3}}}""".formatted(company)))
			.build(), HttpResponse.BodyHandlers.ofString());

		// then each is a 400 whose message is the sentence for her: no task or definition id, no engine wording
		assertThat(task.statusCode()).as(task.body()).isEqualTo(400);
		assertThat(json.readTree(task.body()).path("message").asText()).isEqualTo("Please fill in: Meeting date, "
				+ "Margin on an average deal (EUR), Expected revenue over 3 years (EUR), Expected return on investment (%)");
		assertThat(start.statusCode()).as(start.body()).isEqualTo(400);
		assertThat(json.readTree(start.body()).path("message").asText()).startsWith(company + " (FR) looks like");
	}

	@Test
	void aTaskGoneBetweenTheCheckAndTheCallIs404AndAConcurrentChangeIs409() {
		// given a task that exists, and one that went while its request was on its way
		String live = liveTask();
		String gone = withdrawnTask();

		// when the engine fails them
		Response goneDenied = EngineErrorAnswer.answer(new AuthorizationException("rita", "UPDATE", "Task", gone),
				"task/" + gone + "/submit-form");
		Response goneLocked = EngineErrorAnswer.answer(
				new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity[" + gone + "]' failed"),
				"task/" + gone + "/complete");
		Response liveLocked = EngineErrorAnswer.answer(
				new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity[" + live + "]' failed"),
				"task/" + live + "/complete");
		Response liveDenied = EngineErrorAnswer.answer(new AuthorizationException("carl", "UPDATE", "Task", live),
				"engine/default/task/" + live + "/complete");

		// then
		assertThat(goneDenied.getStatus()).isEqualTo(404);
		assertThat(goneLocked.getStatus()).isEqualTo(404);
		assertThat(liveLocked.getStatus()).isEqualTo(409);
		assertThat(String.valueOf(liveLocked.getEntity())).doesNotContain("ENGINE-03005", "TaskEntity");
		assertThat(liveDenied.getStatus()).isEqualTo(403);
	}

	@Test
	void aValueTooLongForTheDatabaseIs400AndAnUnexpectedErrorIs500WithAnErrorIdOnly() {
		// given the errors the engine raises for a comment over its column, and for a bug
		ProcessEngineException tooLong = new ProcessEngineException(
				"ENGINE-03083 ### Error updating database. Cause: Value too long for column \"COMMENT VARCHAR(2000)\"; SQL []",
				new SQLDataException("Value too long for column \"COMMENT VARCHAR(2000)\"", "22001"));

		// when
		Response refused = EngineErrorAnswer.answer(tooLong, "task/" + liveTask() + "/complete");
		Response bug = EngineErrorAnswer.answer(new NullPointerException("Cannot invoke \"org.camunda.Form.getKey()\""),
				"process-definition");

		// then
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(String.valueOf(refused.getEntity())).contains("too long").doesNotContain("SQL", "VARCHAR", "ENGINE-");
		assertThat(bug.getStatus()).isEqualTo(500);
		assertThat(String.valueOf(bug.getEntity())).contains("errorId", "ServerError")
			.doesNotContain("NullPointer", "org.camunda", "getKey");
	}

	@Test
	void addingAnExistingGroupMemberIsAConflictNotA500() throws Exception {
		// given carl, a committee member
		// when the administrator adds him again
		HttpResponse<String> again = send("PUT", "/engine-rest/group/committee/members/carl", "admin", null);

		// then
		assertThat(again.statusCode()).as(again.body()).isIn(204, 409);
		assertNoInternals(again);
	}

	@Test
	void brokenOrTooDeepJsonIs400() throws Exception {
		// given a task of rita's
		String live = liveTask();
		String deep = "{\"variables\":{\"a\":{\"value\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}}}";

		// when
		HttpResponse<String> deepEngine = send("POST", "/engine-rest/task/" + live + "/complete", "rita", deep);
		HttpResponse<String> brokenEngine = send("POST", "/engine-rest/task/" + live + "/complete", "rita", "{\"variables\":");
		HttpResponse<String> wrongShape = send("POST", "/engine-rest/task/" + live + "/complete", "rita",
				"{\"variables\":[1,2]}");
		HttpResponse<String> deepApi = send("POST", "/api/candidates", "rita", "[".repeat(2_000) + "]".repeat(2_000));

		// then
		for (HttpResponse<String> response : List.of(deepEngine, brokenEngine, wrongShape)) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
			assertThat(json.readTree(response.body()).path("type").asText()).isNotEmpty();
			assertNoInternals(response);
		}
		assertThat(deepApi.statusCode()).isEqualTo(400);
		assertThat(deepApi.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertNoInternals(deepApi);
		assertThat(taskService.createTaskQuery().taskId(live).count()).isEqualTo(1);
	}

	@Test
	void aBodyOverOneMebibyteIs413() throws Exception {
		// given
		String live = liveTask();
		String huge = "{\"variables\":{\"a\":{\"value\":\"" + "x".repeat(1024 * 1024) + "\"}}}";

		// when sent with its length, and chunked
		HttpResponse<String> engine = send("POST", "/engine-rest/task/" + live + "/complete", "rita", huge);
		HttpResponse<String> chunked = http.send(request("/engine-rest/task/" + live + "/complete", "rita")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> api = send("POST", "/api/candidates", "rita", huge);
		HttpResponse<String> smallChunked = http.send(request("/engine-rest/task/" + live + "/complete", "rita")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(
					() -> new ByteArrayInputStream("{\"variables\":[]}".getBytes(StandardCharsets.UTF_8))))
			.build(), HttpResponse.BodyHandlers.ofString());

		// then
		assertThat(engine.statusCode()).isEqualTo(413);
		assertThat(engine.body()).contains("\"type\":\"InvalidRequestException\"", "larger than the 1 MiB accepted");
		assertThat(chunked.statusCode()).isEqualTo(413);
		assertThat(api.statusCode()).isEqualTo(413);
		assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		// a small chunked body is read as usual (and refused for its content)
		assertThat(smallChunked.statusCode()).as(smallChunked.body()).isEqualTo(400);
		assertThat(taskService.createTaskQuery().taskId(live).count()).isEqualTo(1);
	}

	@Test
	void aQueryPastTwoThousandRowsIs400() throws Exception {
		// when a manager reads the whole history, or a page over the limit
		HttpResponse<String> unbounded = send("GET", "/engine-rest/history/detail", "mona", null);
		HttpResponse<String> tooLarge = send("GET", "/engine-rest/history/detail?maxResults=2001", "mona", null);
		HttpResponse<String> variables = send("GET", "/engine-rest/history/variable-instance?maxResults=5000", "mona", null);
		HttpResponse<String> page = send("GET", "/engine-rest/history/detail?firstResult=0&maxResults=2000", "mona", null);

		// then
		for (HttpResponse<String> refused : List.of(unbounded, tooLarge, variables)) {
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
			assertThat(refused.body()).contains("\"type\":");
			assertNoInternals(refused);
		}
		assertThat(page.statusCode()).isEqualTo(200);
	}

	private String liveTask() {
		Task task = taskService.newTask("errors-" + UUID.randomUUID());
		task.setName("Check an error");
		task.setAssignee("rita");
		taskService.saveTask(task);
		return task.getId();
	}

	private String withdrawnTask() {
		String id = liveTask();
		taskService.deleteTask(id, true);
		return id;
	}

	private static void assertNoInternals(HttpResponse<String> response) {
		assertThat(response.body()).doesNotContainPattern("(?i)\\bsql\\b|###|\\bat [a-z]+\\.[a-z]|org\\.camunda|java\\.|jakarta\\.|com\\.fasterxml");
	}

	private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
		HttpRequest.Builder request = request(path, user);
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path, String user) {
		return HttpRequest.newBuilder(url(path))
			.header("Accept", "application/json")
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
	}

	/** Logs in the way the webapps' login page does; returns the session's CSRF token. */
	private String webappLogin(HttpClient browser, CookieManager cookies, String user) throws Exception {
		browser.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).build(), HttpResponse.BodyHandlers.discarding());
		String csrf = cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow();
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
			.header("X-XSRF-TOKEN", csrf)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.reduce((first, last) -> last)
			.orElse(csrf);
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
