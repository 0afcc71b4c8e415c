package io.partnerflow.monitoring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.Scrape;
import io.partnerflow.support.TestPartners;
import io.partnerflow.support.TestUsers;
import io.partnerflow.system.Groups;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator reads at {@code /actuator/prometheus} moves with the work: a candidate listed
 * through the API, its first task listed in Tasklist's filter and completed, a mail refused by the
 * SMTP server (GreenMail, stopped) until it becomes an incident, then retried and sent. And who reads
 * it: a member of {@code monitoring} or an administrator, nobody else.
 */
@IntegrationTest
class MetricsIntegrationTest {

	static final String MAIL_MODEL = "notification-test";

	/** The test model's mail template. */
	static final String TEMPLATE = "template=\"candidate-listed\"";

	/** A scraper's account: in the group monitoring alone. */
	static final String WATCHER = "watcher";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	TaskService taskService;

	@Autowired
	FormService formService;

	@Autowired
	FilterService filterService;

	@Autowired
	ProcessEngine engine;

	@Autowired
	PartnerService partners;

	@Autowired
	MailCatcher mailCatcher;

	@Autowired
	Jobs jobs;

	@BeforeEach
	void scraperAndMailModel() {
		TestUsers.member(identityService, WATCHER, Groups.MONITORING);
		deployMailModel(repositoryService);
	}

	/** The notification tests' model: one mail step, asynchronous, retried (src/test/resources). */
	static void deployMailModel(RepositoryService repositoryService) {
		if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(MAIL_MODEL).count() == 0) {
			repositoryService.createDeployment().addClasspathResource("notification-test.bpmn").deploy();
		}
	}

	@AfterEach
	void serverBack() {
		mailCatcher.start();
	}

	@Test
	void eachNamedMetricMovesWithTheWork() throws Exception {
		// given what the metrics say now
		Scrape before = scrape();

		// when rita lists a candidate through the API (the recruitment starts, its first task opens)
		String company = "Metered " + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> listed = as("rita").postJson("/api/candidates", new ObjectMapper().writeValueAsString(Map.of(
				"company", company, "country", "FR", "market", "Retail", "category", "VAR", "contactName", "Anne Martin",
				"contactEmail", "anne@" + company.toLowerCase().replace(' ', '-') + ".example", "annualRevenue", 3_000_000,
				"salesStaff", 5, "technicalStaff", 3, "competingSuppliers", 4)));
		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(201);
		String reference = new ObjectMapper().readTree(listed.body()).path("reference").asText();
		jobs.runDue();

		// and Tasklist lists her group's tasks, then she approaches the candidate
		String filter = filterService.createTaskFilterQuery().filterName("My group's tasks").singleResult().getId();
		assertThat(as("rita").postJson("/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15", "{}")
			.statusCode()).isEqualTo(200);
		assertThat(as("rita").postJson("/engine-rest/filter/" + filter + "/count", "{}").statusCode()).isEqualTo(200);
		TestUsers.approach(identityService, taskService, formService, reference, LocalDate.now());
		jobs.runDue();

		// and a mail finds the SMTP server down twice, its job out of retries: an incident
		mailCatcher.stop();
		ProcessInstance mail = runtimeService.startProcessInstanceByKey(MAIL_MODEL,
				partners.register(TestPartners.candidate("Metered mail"), "rita").getReference(),
				Map.of("allowContinue", true));
		Job job = managementService.createJobQuery().processInstanceId(mail.getId()).singleResult();
		attempt(job);
		managementService.setJobRetries(job.getId(), 1);
		attempt(job);
		assertThat(runtimeService.createIncidentQuery().processInstanceId(mail.getId()).count()).isEqualTo(1);
		long incidentsThen = runtimeService.createIncidentQuery().processDefinitionKeyIn(MAIL_MODEL).count();
		Scrape duringIncident = scrapeAfterCountsExpired();

		// and the server is back and the incident retried, as in Cockpit
		mailCatcher.start();
		managementService.setJobRetries(job.getId(), 1);
		attempt(job);
		Scrape after = scrapeAfterCountsExpired();

		// then the engine's own meters moved
		for (String meter : new String[] { Metrics.ROOT_PROCESS_INSTANCE_START, Metrics.ACTIVTY_INSTANCE_START,
				Metrics.ACTIVTY_INSTANCE_END, Metrics.JOB_SUCCESSFUL }) {
			assertThat(after.sum(prometheus(meter))).as(meter).isGreaterThan(before.sum(prometheus(meter)));
		}
		assertThat(after.sum(prometheus(Metrics.JOB_FAILED)) - before.sum(prometheus(Metrics.JOB_FAILED))).isEqualTo(2);
		assertThat(after.has(prometheus(Metrics.JOB_ACQUISITION_ATTEMPT))).as("named even with the job executor off")
			.isTrue();

		// and the mails: two refused attempts, a retry that went out
		assertThat(after.sum("partnerflow_mails_failed_total", TEMPLATE) - before.sum("partnerflow_mails_failed_total", TEMPLATE))
			.isEqualTo(2);
		assertThat(after.sum("partnerflow_mails_retried_total", TEMPLATE) - before.sum("partnerflow_mails_retried_total", TEMPLATE))
			.as("the second refused attempt and the one that went out").isEqualTo(2);
		assertThat(after.sum("partnerflow_mails_sent_total", TEMPLATE) - before.sum("partnerflow_mails_sent_total", TEMPLATE))
			.isEqualTo(1);
		assertThat(after.sum("partnerflow_mails_sent_total")).as("the approach's letter and notices too")
			.isGreaterThan(before.sum("partnerflow_mails_sent_total") + 1);

		// and the open tasks and incidents per process are the engine's own counts
		assertThat(duringIncident.sum("partnerflow_incidents_open", "process=\"" + MAIL_MODEL + "\""))
			.isPositive()
			.isEqualTo(incidentsThen);
		assertThat(after.sum("partnerflow_incidents_open", "process=\"" + MAIL_MODEL + "\""))
			.isEqualTo(runtimeService.createIncidentQuery().processDefinitionKeyIn(MAIL_MODEL).count());
		assertThat(after.sum("partnerflow_tasks_open", "process=\"partner-recruitment\""))
			.isPositive()
			.isEqualTo(taskService.createTaskQuery().processDefinitionKey("partner-recruitment").count());
		assertThat(after.values("partnerflow_tasks_open", "process")).as("every deployed model")
			.contains("partner-recruitment", "partner-onboarding", "committee-vote", MAIL_MODEL);

		// and Tasklist's filter calls, by call and path
		for (String call : new String[] { "list", "count" }) {
			String[] labels = { "call=\"" + call + "\"", "path=\"quick\"" };
			assertThat(after.sum("partnerflow_tasklist_filter_seconds_count", labels)
					- before.sum("partnerflow_tasklist_filter_seconds_count", labels)).as(call).isEqualTo(1);
			assertThat(after.has("partnerflow_tasklist_filter_seconds_bucket", labels[0], labels[1], "le=\"0.05\""))
				.as("a bucket at the 50 ms target").isTrue();
		}
		assertThat(after.quantileSince(before, 0.95, "partnerflow_tasklist_filter_seconds", "call=\"list\""))
			.as("the page's p95, as the benchmark reads it").isPositive().isLessThan(30);

		// and the API's latency, by the address's template, never an id
		String[] candidates = { "uri=\"/api/candidates\"", "method=\"POST\"", "status=\"201\"" };
		assertThat(after.sum("http_server_requests_seconds_count", candidates)
				- before.sum("http_server_requests_seconds_count", candidates)).isEqualTo(1);
		String[] filterList = { "uri=\"/engine-rest/filter/{id}/list\"", "method=\"POST\"", "status=\"200\"" };
		assertThat(after.sum("http_server_requests_seconds_count", filterList)
				- before.sum("http_server_requests_seconds_count", filterList)).isEqualTo(1);
		assertThat(after.has("http_server_requests_seconds_bucket", candidates[0], "le=\"0.05\"")).isTrue();
		assertThat(after.sum("partnerflow_monitoring_open_work_age_seconds")).as("read at this scrape at the latest")
			.isBetween(0.0, 1.0);
		assertThat(after.values("http_server_requests_seconds_count", "uri")).noneMatch(
				uri -> uri.contains(filter) || uri.contains(reference));
	}

	/**
	 * Camunda takes its meters' counts every 15 minutes to write its meter log, and starts again at
	 * zero: the counters do not fall back with them.
	 */
	@Test
	void engineCountersKeepTheirTotalWhenTheEngineWritesItsMeterLog() throws Exception {
		// given some work counted
		runtimeService.startProcessInstanceByKey(MAIL_MODEL, partners.register(TestPartners.candidate("Logged"), "rita")
			.getReference(), Map.of("allowContinue", true));
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		double counted = scrape().sum(prometheus(Metrics.ACTIVTY_INSTANCE_START));
		assertThat(configuration.getMetricsRegistry().getDbMeterByName(Metrics.ACTIVTY_INSTANCE_START).get()).isPositive();

		// when the engine writes its meter log
		configuration.getDbMetricsReporter().reportNow();

		// then its meter starts again at zero, and the counter keeps its total
		assertThat(configuration.getMetricsRegistry().getDbMeterByName(Metrics.ACTIVTY_INSTANCE_START).get()).isZero();
		assertThat(scrape().sum(prometheus(Metrics.ACTIVTY_INSTANCE_START))).isGreaterThanOrEqualTo(counted).isPositive();
	}

	@Test
	void onlyMonitoringAndAdministratorsReadTheMetrics() throws Exception {
		HttpResponse<String> anonymous = anonymously("/actuator/prometheus");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
		assertThat(new ApiClient(base(), "nobody" + System.nanoTime(), "whatever").send("GET", "/actuator/prometheus", null,
				null, "text/plain").statusCode()).as("a wrong password").isEqualTo(401);
		for (String businessUser : new String[] { "rita", "mona", "leo" }) {
			HttpResponse<String> refused = metricsAs(businessUser);
			assertThat(refused.statusCode()).as(businessUser).isEqualTo(403);
			assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(refused.body()).doesNotContain("partnerflow_");
		}
		for (String reader : new String[] { WATCHER, "admin" }) {
			HttpResponse<String> read = metricsAs(reader);
			assertThat(read.statusCode()).as(reader).isEqualTo(200);
			assertThat(read.body()).contains("partnerflow_engine_job_successful_total", "partnerflow_tasks_open{",
					"partnerflow_incidents_open{", "http_server_requests_seconds_count");
			assertThat(read.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
		}
		assertThat(metricsAs(WATCHER).body()).as("Micrometer's usual figures beside PartnerFlow's").contains(
				"jvm_memory_used_bytes{", "hikaricp_connections_active{", "tomcat_sessions_active_current_sessions ",
				"logback_events_total{", "process_cpu_usage ", "application_ready_time_seconds{");
		// the actuator's other addresses: the index of its links is not for a scraper either
		assertThat(as(WATCHER).get("/actuator").statusCode()).isEqualTo(403);
		// wrong passwords are throttled as at every other door (AccountSafetyIntegrationTest): a scraper's
		// account of its own, six wrong passwords, then a wait before its password is checked again
		String guessed = "guessedscraper";
		TestUsers.member(identityService, guessed, Groups.MONITORING);
		for (int attempt = 0; attempt < 6; attempt++) {
			assertThat(new ApiClient(base(), guessed, "guess" + attempt).send("GET", "/actuator/prometheus", null, null,
					"text/plain").statusCode()).isEqualTo(401);
		}
		HttpResponse<String> throttled = metricsAs(guessed);
		assertThat(throttled.statusCode()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
		// the scraper's account reads the metrics and nothing else
		assertThat(as(WATCHER).get("/api/partners").statusCode()).isEqualTo(403);
		assertThat(as(WATCHER).get("/engine-rest/process-definition?maxResults=15").body()).isEqualTo("[]");
		// health stays open to the load balancer, without details
		HttpResponse<String> health = anonymously("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
	}

	private void attempt(Job job) {
		try {
			managementService.executeJob(job.getId());
		}
		catch (RuntimeException refused) {
			// recorded on the job, as the job executor leaves it: retries and exception
		}
	}

	static String prometheus(String camundaMeter) {
		return EngineMeters.micrometerName(camundaMeter).replace('.', '_') + "_total";
	}

	/** After the open tasks and incidents' freshness (1 s in the tests), so they are counted again. */
	private Scrape scrapeAfterCountsExpired() throws Exception {
		Thread.sleep(1_100);
		return scrape();
	}

	private Scrape scrape() throws Exception {
		HttpResponse<String> response = metricsAs(WATCHER);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Scrape.of(response.body());
	}

	/** As Prometheus asks: its text format. */
	private HttpResponse<String> metricsAs(String user) throws Exception {
		return as(user).send("GET", "/actuator/prometheus", null, null, "text/plain");
	}

	private HttpResponse<String> anonymously(String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base().resolve(path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private ApiClient as(String user) {
		return new ApiClient(base(), user, user);
	}

	private URI base() {
		return URI.create("http://localhost:" + port);
	}

}
