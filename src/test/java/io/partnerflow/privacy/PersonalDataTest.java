package io.partnerflow.privacy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.committee.CommitteeVoteProcess;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerEvent;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.DatabaseScan;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestUsers;
import io.partnerflow.system.EngineClock;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contact's personal data on request: an administrator exports everything PartnerFlow holds about
 * it, then erases it, and no copy of the person's e-mail or name is left in any column of any table
 * of the database (PartnerFlow's and the engine's, texts and binaries), while the partner, its
 * figures and its running vote go on, and the timeline says the erasure happened. Nobody else may.
 */
@IntegrationTest
class PersonalDataTest {

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	FormService formService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	IdentityService identityService;

	@Autowired
	PartnerService partners;

	@Autowired
	EngineClock clock;

	@Autowired
	Jobs jobs;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	final String unique = Long.toString(System.nanoTime(), 36);

	final String name = "Zoé Erasmus" + unique;

	final String email = "zoe.erasmus." + unique + "@contact-" + unique + ".example";

	@Test
	void anAdministratorExportsThenErasesAContactAndNoCopyOfItsEmailIsLeft() throws Exception {
		// given a candidate listed in Tasklist by rita, approached, whose application file and a
		// committee member's comment mention its contact, and whose vote goes on
		String reference = partnerInCommittee();
		assertThat(tablesHolding(email)).as("the scan finds the e-mail where it is")
			.contains("PARTNER", "APPLICATION_FILE", "NOTIFICATION", "COMMITTEE_VOTE", "ACT_HI_VARINST", "ACT_RU_VARIABLE");
		String kpis = client("mona").get("/api/kpis").body();
		assertThat(openPortalLinks(reference)).as("the application link mailed to the contact").isPositive();

		// when the administrator exports what PartnerFlow holds about the contact, then erases it
		HttpResponse<String> export = client("admin").get(personalData(reference));
		HttpResponse<String> erasure = client("admin").send("POST", personalData(reference) + "/erasure", null, null,
				ApiClient.JSON);

		// then the export held the contact in every place, the erasure left no copy of its e-mail or
		// name anywhere, the partner and the KPIs' figures are the same, the timeline has the audit
		// line, and the vote goes on
		assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
		JsonNode held = new ObjectMapper().readTree(export.body());
		assertThat(held.path("partner").path("contactEmail").asText()).isEqualTo(email);
		assertThat(held.path("application_file").toString()).contains(email);
		assertThat(held.path("committee_vote").toString()).contains(name);
		assertThat(held.path("notification").toString()).contains(email);
		assertThat(held.path("engine").toString()).contains(email);
		assertThat(erasure.statusCode()).as(erasure.body()).isEqualTo(200);
		assertThat(held.path("portal").path("links").size()).isPositive();
		assertThat(tablesHolding(email)).as("tables holding the e-mail").isEmpty();
		assertThat(openPortalLinks(reference)).as("links the contact could still open").isZero();
		assertThat(tablesHolding(name)).as("tables holding the name").isEmpty();
		Partner partner = partners.get(reference);
		assertThat(partner.getStatus()).isEqualTo(PartnerStatus.IN_COMMITTEE);
		assertThat(partner.getContactName()).isEqualTo("(erased)");
		assertThat(partner.getAnnualRevenue()).isEqualTo(3_000_000L);
		assertThat(partners.timeline(reference)).last()
			.satisfies(event -> assertThat(event.getKind()).isEqualTo("CONTACT_ERASED"))
			.extracting(PartnerEvent::getActor)
			.isEqualTo("admin");
		assertThat(openBallots(reference)).isNotEmpty().allSatisfy(ballot -> assertThat(
				taskService.getVariableLocal(ballot.getId(), CommitteeVoteProcess.APPLICATION_MOTIVATION))
			.as("the open ballot's copy of the application file").isEqualTo("(no application file is kept for this partner)"));
		assertThat(client("mona").get("/api/kpis").body()).isEqualTo(kpis);
		castEveryBallot(reference, "An approval after the erasure");
		assertThat(partners.get(reference).getStatus()).isEqualTo(PartnerStatus.APPROVED);
		assertThat(client("admin").send("POST", personalData(reference) + "/erasure", null, null, ApiClient.JSON)
			.statusCode()).as("a second erasure").isEqualTo(409);
	}

	@Test
	void onlyAnAdministratorExportsOrErasesAndOnlyAPartnerThatExists() throws Exception {
		// given a listed candidate
		String reference = partnerInCommittee();

		// when others than an administrator, or nobody, ask; and an administrator asks for a partner that does not exist
		List<HttpResponse<String>> refused = new ArrayList<>();
		for (String user : List.of("rita", "mona", "claire")) {
			refused.add(client(user).get(personalData(reference)));
			refused.add(client(user).send("POST", personalData(reference) + "/erasure", null, null, ApiClient.JSON));
		}
		HttpResponse<String> anonymous = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + personalData(reference) + "/erasure"))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		List<HttpResponse<String>> hostile = new ArrayList<>();
		for (String wrong : List.of("'; drop table partner; --", "../../etc/passwd", "<script>", "${7*7}", "x".repeat(3000))) {
			String path = personalData(URLEncoder.encode(wrong, StandardCharsets.UTF_8).replace("+", "%20"));
			hostile.add(client("admin").get(path));
			hostile.add(client("admin").send("POST", path + "/erasure", null, null, ApiClient.JSON));
		}
		HttpResponse<String> unknownExport = client("admin").get(personalData("P-1999-99999"));
		HttpResponse<String> unknownErasure = client("admin").send("POST", personalData("P-1999-99999") + "/erasure", null,
				null, ApiClient.JSON);

		// then each is refused with a problem, and the contact is still there
		assertThat(refused).allSatisfy(answer -> {
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
			assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
		});
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(hostile).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isBetween(400, 499));
		assertThat(unknownExport.statusCode()).as(unknownExport.body()).isEqualTo(404);
		assertThat(unknownErasure.statusCode()).as(unknownErasure.body()).isEqualTo(404);
		assertThat(unknownErasure.body()).contains("P-1999-99999");
		assertThat(partners.get(reference).getContactEmail()).isEqualTo(email);
	}

	/** Listed through the start form (as Tasklist does), approached, its file received, one ballot cast. */
	private String partnerInCommittee() throws Exception {
		String definition = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(RecruitmentProcess.KEY)
			.latestVersion()
			.singleResult()
			.getId();
		ProcessInstance recruitment = as("rita", () -> formService.submitStartForm(definition,
				Map.ofEntries(Map.entry("company", "Erasure " + unique), Map.entry("country", "FR"),
						Map.entry("market", "Retail"), Map.entry("category", "VAR"), Map.entry("contactName", name),
						Map.entry("contactEmail", email), Map.entry("website", "https://erasure-" + unique + ".example"),
						Map.entry("annualRevenue", 3_000_000L), Map.entry("salesStaff", 5L), Map.entry("technicalStaff", 3L),
						Map.entry("competingSuppliers", 4L))));
		jobs.runDue();
		String reference = historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(recruitment.getId())
			.singleResult()
			.getBusinessKey();
		TestUsers.approach(identityService, taskService, formService, reference, LocalDate.now(clock));
		jobs.runDue();
		HttpResponse<String> file = client("rita").postJson("/api/partners/" + reference + "/application", """
				{"motivation":"Ask %s (%s)","organisation":"Two sales people","firstCustomers":"Our installed base",
				 "strategy":"Bundle it","whyStrategic":"Leader","prospects":"1 MEUR in 3 years"}""".formatted(name, email));
		assertThat(file.statusCode()).as(file.body()).isEqualTo(202);
		jobs.runDue();
		Task ballot = openBallots(reference).get(0);
		as(ballot.getAssignee(), () -> {
			formService.submitTaskForm(ballot.getId(), Map.of(CommitteeVoteProcess.VOTE, "ABSTAIN",
					CommitteeVoteProcess.VOTE_COMMENT, "I know " + name + " well: " + email));
			return null;
		});
		jobs.runDue();
		assertThat(partners.get(reference).getStatus()).isEqualTo(PartnerStatus.IN_COMMITTEE);
		return reference;
	}

	/** Each member still to vote approves, until the vote closes. */
	private void castEveryBallot(String reference, String comment) {
		List<Task> ballots;
		while (!(ballots = openBallots(reference)).isEmpty()) {
			Task ballot = ballots.get(0);
			as(ballot.getAssignee(), () -> {
				formService.submitTaskForm(ballot.getId(), Map.of(CommitteeVoteProcess.VOTE, "APPROVE",
						CommitteeVoteProcess.VOTE_COMMENT, comment));
				return null;
			});
			jobs.runDue();
		}
	}

	private List<Task> openBallots(String reference) {
		return taskService.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(CommitteeVoteProcess.CAST_VOTE)
			.list();
	}

	private int openPortalLinks(String reference) {
		return jdbc.queryForObject(
				"select count(*) from portal_link where partner_reference = ? and used_at is null and revoked_at is null",
				Integer.class, reference);
	}

	private List<String> tablesHolding(String text) throws SQLException, IOException {
		return DatabaseScan.tablesHolding(dataSource, text);
	}

	private <T> T as(String user, Supplier<T> work) {
		return TestUsers.as(identityService, user, work);
	}

	private static String personalData(String reference) {
		return "/api/partners/" + reference + "/personal-data";
	}

	private ApiClient client(String user) {
		return new ApiClient(URI.create("http://localhost:" + port), user, user);
	}

}
