package io.partnerflow.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.partnerflow.PartnerFlowApplication;
import io.partnerflow.onboarding.OnboardingPlanService;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.support.TestPartners;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production profile on a real PostgreSQL server (the local one; {@code .ci/run} starts it):
 * a fresh database gets Flyway's tables and the Camunda schema, the models deploy, no demo user
 * exists, the admin comes from the environment, and partners, processes and mail work.
 */
@SpringBootTest(classes = PartnerFlowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false",
				// its own engine name: under "default" it would replace the shared test context's engine
				// in Camunda's static registry, and the webapps of that context would log in against it
				"camunda.bpm.generate-unique-process-engine-name=true", "PARTNERFLOW_ADMIN_USER=boss",
				"PARTNERFLOW_ADMIN_PASSWORD=" + PostgresIntegrationTest.ADMIN_PASSWORD, "POSTGRES_USER=postgres",
				"POSTGRES_POOL_SIZE=5" })
@ActiveProfiles("postgres")
@EnabledIf("postgresReachableOrCi")
class PostgresIntegrationTest {

	static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	static final String DATABASE = "partnerflow_it";

	static final String ADMIN_PASSWORD = "a-long-secret-from-the-environment";

	static final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	/** In CI the server is required (.ci/run starts it); elsewhere a machine without it skips this test. */
	static boolean postgresReachableOrCi() {
		if (System.getenv("CI") != null) {
			return true;
		}
		try (Connection ignored = DriverManager.getConnection(SERVER + "test", "postgres", "")) {
			return true;
		}
		catch (SQLException unreachable) {
			return false;
		}
	}

	@DynamicPropertySource
	static void freshDatabaseAndMailServer(DynamicPropertyRegistry registry) throws SQLException {
		try (Connection admin = DriverManager.getConnection(SERVER + "test", "postgres", "");
				Statement sql = admin.createStatement()) {
			sql.execute("drop database if exists " + DATABASE + " with (force)");
			sql.execute("create database " + DATABASE);
		}
		smtp.start();
		registry.add("POSTGRES_URL", () -> SERVER + DATABASE);
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@AfterAll
	static void stopMailServer() {
		smtp.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	PartnerService partners;

	@Autowired
	OnboardingPlanService plans;

	@Test
	void runsOnPostgresqlWithFlywayTheCamundaSchemaAndNoDemoUsers() throws Exception {
		// the database is PostgreSQL, with Flyway's migrations and Camunda's tables
		assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
			.isPositive();
		assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'act_ru_job'",
				Integer.class))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from pg_indexes where indexname = 'pf_idx_task_parent'",
				Integer.class))
			.as("completing a task finds its sub-tasks by index")
			.isEqualTo(1);

		// the admin comes from the environment; no demo user exists
		assertThat(identityService.checkPassword("boss", ADMIN_PASSWORD)).isTrue();
		assertThat(identityService.createUserQuery().userId("rita").count()).isZero();
		assertThat(identityService.createUserQuery().userId("admin").count()).isZero();

		// partners get references from the database sequence and keep their timeline
		Partner partner = partners.register(TestPartners.candidate("Postgres"), "boss");
		partners.changeStatus(partner.getReference(), PartnerStatus.APPROACHED, "boss", "first meeting");
		assertThat(partner.getReference()).matches("P-\\d{4}-00001");

		// the API answers with the same data
		HttpResponse<String> response = get("/api/partners/" + partner.getReference(), "boss", ADMIN_PASSWORD);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"APPROACHED\"").contains("first meeting");

		// the KPIs are computed by PostgreSQL: a partner listed in 2019, signed 50.5 days later, out within 6 months
		String past = partnerSignedIn2019AndExited();
		HttpResponse<String> kpis = get("/api/kpis?from=2019-01-01&to=2019-12-31", "boss", ADMIN_PASSWORD);
		assertThat(kpis.statusCode()).as(kpis.body()).isEqualTo(200);
		assertThat(kpis.body()).contains("\"timeToRecruit\":{\"averageDays\":50.5,\"partners\":1}")
			.contains("\"timeToCommercialAutonomy\":{\"averageDays\":100.0,\"partners\":1}")
			.contains("\"activeSixMonthsAfterSignature\":{\"rate\":0.00,\"active\":0,\"partners\":1}")
			.contains("{\"step\":\"APPROACHED\",\"partners\":1,\"conversion\":1.00}")
			.contains("\"recruitmentCost\":{\"currency\":\"EUR\",\"total\":140000,")
			.contains("{\"key\":\"boss\",\"name\":")
			.contains("\"listed\":1,\"applicationFiles\":1,\"signed\":1,\"businessPlansSigned\":0,\"activeAfterStartUp\":0")
			.contains("\"sources\":[{\"key\":\"NOT_RECORDED\",\"name\":\"Not recorded\",\"listed\":1,");
		assertThat(partners.get(past).getStatus()).isEqualTo(PartnerStatus.EXITED);
		assertThat(get("/api/kpis?from=9990-01-01&to=9999-12-31", "boss", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
		assertThat(get("/api/kpis?from=0001-01-01&to=0001-12-31", "boss", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
		// a process runs, and its mail goes out through SMTP
		repositoryService.createDeployment().addClasspathResource("notification-test.bpmn").deploy();
		runtimeService.startProcessInstanceByKey("notification-test", partner.getReference(),
				Map.of("allowContinue", true));
		managementService.createJobQuery().list().forEach(job -> managementService.executeJob(job.getId()));
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(smtp.getReceivedMessages()[0].getSubject()).contains(partner.getReference());

		// the heat of that model is computed by PostgreSQL too: counts (ended: ended there), medians
		// (percentile_cont) and totals
		String definition = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey("notification-test")
			.latestVersion()
			.singleResult()
			.getId();
		HttpResponse<String> heat = get("/api/insight/process-definitions/" + definition + "/activities?versions=all",
				"boss", ADMIN_PASSWORD);
		assertThat(heat.statusCode()).as(heat.body()).isEqualTo(200);
		assertThat(heat.body()).contains("\"partners\":1,\"running\":0")
			.containsPattern("\\{\"activityId\":\"ServiceTask_TellRecruiter\",\"passed\":1,\"ended\":0,\"running\":0,"
					+ "\"averageDurationMillis\":\\d+,\"medianDurationMillis\":\\d+,\"totalDurationMillis\":\\d+\\}");

		// a wrong password is refused; it locks boss for a few seconds, so it comes after the calls as boss
		assertThat(get("/api/partners", "boss", "wrong").statusCode()).isEqualTo(401);
	}

	private String partnerSignedIn2019AndExited() {
		try {
			ClockUtil.setCurrentTime(Date.from(Instant.parse("2019-01-10T00:00:00Z")));
			String reference = partners.register(TestPartners.candidate("Postgres KPI"), "boss").getReference();
			for (PartnerStatus status : List.of(PartnerStatus.APPROACHED, PartnerStatus.APPLICATION_REQUESTED,
					PartnerStatus.IN_COMMITTEE, PartnerStatus.APPROVED)) {
				partners.changeStatus(reference, status, "boss", null);
			}
			Instant signed = Instant.parse("2019-03-01T12:00:00Z");
			ClockUtil.setCurrentTime(Date.from(signed));
			partners.recordContractSignature(reference, signed, "boss");
			plans.open(reference, signed, "boss");
			ClockUtil.setCurrentTime(Date.from(signed.plus(Duration.ofDays(100))));
			plans.recordAutonomyReview(reference, true, "sells alone", false, "not yet", "boss");
			ClockUtil.setCurrentTime(Date.from(Instant.parse("2019-08-15T00:00:00Z")));
			partners.changeStatus(reference, PartnerStatus.EXIT_REVIEW, "boss", null);
			partners.changeStatus(reference, PartnerStatus.EXITED, "boss", null);
			return reference;
		}
		finally {
			ClockUtil.reset();
		}
	}

	private HttpResponse<String> get(String path, String user, String password) throws Exception {
		String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Basic " + basic)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
