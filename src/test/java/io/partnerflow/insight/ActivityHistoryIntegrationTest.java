package io.partnerflow.insight;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.committee.CommitteeVoteProcess;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.support.FreshVersion;
import io.partnerflow.support.Jobs;
import io.partnerflow.system.Groups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heat of a diagram, {@code GET /api/insight/process-definitions/{id}/activities}: five
 * partners driven through their own version of the recruitment model, and the exact figures the
 * managers' heat map shows for it.
 */
@IntegrationTest
class ActivityHistoryIntegrationTest {

	static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

	static final long HOUR = Duration.ofHours(1).toMillis();

	static final long DAY = Duration.ofDays(1).toMillis();

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	TaskService taskService;

	@Autowired
	FormService formService;

	@Autowired
	IdentityService identityService;

	@Autowired
	AuthorizationService authorizationService;

	@Autowired
	Jobs jobs;

	final HttpClient http = HttpClient.newHttpClient();

	final ObjectMapper json = new ObjectMapper();

	final String run = UUID.randomUUID().toString().substring(0, 8);

	FreshVersion recruitment;

	@BeforeEach
	void aVersionOfTheRecruitmentNobodyElseUses() {
		ClockUtil.setCurrentTime(Date.from(T0));
		recruitment = FreshVersion.of(repositoryService, RecruitmentProcess.KEY);
	}

	@AfterEach
	void removeIt() {
		recruitment.close();
		ClockUtil.reset();
	}

	@Test
	void aVersionWithoutHistoryHasNoFigures() throws Exception {
		HttpResponse<String> response = get("mona", recruitment.processDefinitionId());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode figures = json.readTree(response.body());
		assertThat(figures.path("processDefinitionId").asText()).isEqualTo(recruitment.processDefinitionId());
		assertThat(figures.path("partners").asLong()).isZero();
		assertThat(figures.path("activities")).isEmpty();
	}

	@Test
	void eachStepShowsThePartnersThatPassedTheirTimeThereAndWhereTheyLeft() throws Exception {
		// given four candidates listed at T0: two decline after 1 h and 6 h, one is not eligible,
		// one is interested after 3 h but never sends its file (reminded at day 14, lapsed at day 59)
		String declinedFast = list("Declined fast", 3_000_000);
		String declinedSlow = list("Declined slow", 3_000_000);
		list("Too small", 100_000);
		String lapsed = list("Lapsed", 3_000_000);
		at(T0.plus(Duration.ofHours(1)));
		approach(declinedFast, RecruitmentProcess.INTERESTED_NO);
		at(T0.plus(Duration.ofHours(3)));
		approach(lapsed, RecruitmentProcess.INTERESTED_YES);
		at(T0.plus(Duration.ofHours(6)));
		approach(declinedSlow, RecruitmentProcess.INTERESTED_NO);
		at(T0.plus(Duration.ofHours(3)).plus(Duration.ofDays(14)));
		at(T0.plus(Duration.ofHours(3)).plus(Duration.ofDays(59)));
		// and a fifth, listed then, approached after 2 h, whose file arrives an hour later: the committee
		// approves it and its contract waits for signature
		Instant t1 = T0.plus(Duration.ofHours(3)).plus(Duration.ofDays(59));
		String approved = list("Approved", 3_000_000);
		at(t1.plus(Duration.ofHours(2)));
		approach(approved, RecruitmentProcess.INTERESTED_YES);
		at(t1.plus(Duration.ofHours(3)));
		submitApplication(approved);
		approveInCommittee(approved);

		// when a manager reads the heat of this version
		HttpResponse<String> response = get("mona", recruitment.processDefinitionId());

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode figures = json.readTree(response.body());
		assertThat(figures.path("partners").asLong()).isEqualTo(5);
		Map<String, JsonNode> activities = byActivity(figures);
		assertFigures(activities, RecruitmentProcess.START_EVENT, 5, 0, 0L);
		assertFigures(activities, RecruitmentProcess.APPROACH_CANDIDATE, 4, 0, 3 * HOUR); // (1 + 3 + 6 + 2) / 4
		assertFigures(activities, RecruitmentProcess.END_DECLINED, 2, 2, 0L);
		assertFigures(activities, RecruitmentProcess.END_NOT_ELIGIBLE, 1, 1, 0L);
		assertFigures(activities, RecruitmentProcess.RECORD_APPLICATION_FILE, 2, 0, (59 * DAY + HOUR) / 2);
		assertFigures(activities, RecruitmentProcess.APPLICATION_REMINDER_DUE, 1, 0, 0L);
		// the reminder's path ends there while the partner goes on waiting: not where a partner left
		assertFigures(activities, RecruitmentProcess.END_CANDIDATE_REMINDED, 1, 0, 0L);
		assertFigures(activities, RecruitmentProcess.END_APPLICATION_LAPSED, 1, 1, 0L);
		assertFigures(activities, RecruitmentProcess.COMMITTEE_VOTE, 1, 0, 0L);
		// still waiting for its signature: counted as passed, no finished passage to average
		assertFigures(activities, RecruitmentProcess.SIGN_CONTRACT, 1, 0, null);
		assertThat(activities).doesNotContainKey(RecruitmentProcess.END_PARTNER_SIGNED);
	}

	@Test
	void aMultiInstanceStepIsOneElementOfTheDiagram() throws Exception {
		// given a partner whose application went through the committee vote
		String approved = list("Voted", 3_000_000);
		approach(approved, RecruitmentProcess.INTERESTED_YES);
		submitApplication(approved);
		approveInCommittee(approved);
		String vote = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(CommitteeVoteProcess.KEY)
			.latestVersion()
			.singleResult()
			.getId();

		// when a manager reads the heat of the committee vote
		HttpResponse<String> response = get("admin", vote);

		// then the vote is one element, as in the diagram, and the partner is among those that voted
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Map<String, JsonNode> activities = byActivity(json.readTree(response.body()));
		assertThat(activities).containsKey(CommitteeVoteProcess.CAST_VOTE);
		assertThat(activities.get(CommitteeVoteProcess.CAST_VOTE).path("passed").asLong()).isPositive();
		assertThat(activities.keySet()).noneMatch(id -> id.contains("#"));
	}

	@Test
	void anUnknownProcessDefinitionIsA404Problem() throws Exception {
		HttpResponse<String> response = get("mona", "partner-recruitment:999:nothing");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("No process definition with id partner-recruitment:999:nothing");
	}

	@Test
	void aManagerWhoMayNotReadTheHistoryOfAModelGets403() throws Exception {
		// given a manager whose right to read the recruitment's history is revoked
		String user = "nadia" + run;
		User nadia = identityService.newUser(user);
		nadia.setPassword(user);
		identityService.saveUser(nadia);
		identityService.createMembership(user, Groups.MANAGERS);
		Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
		revoke.setUserId(user);
		revoke.setResource(Resources.PROCESS_DEFINITION);
		revoke.setResourceId(RecruitmentProcess.KEY);
		revoke.removePermission(Permissions.READ_HISTORY);
		authorizationService.saveAuthorization(revoke);
		try {
			// when she reads the recruitment's heat, then she is refused; another model stays open to her
			HttpResponse<String> refused = get(user, recruitment.processDefinitionId());
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
			assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			String vote = repositoryService.createProcessDefinitionQuery()
				.processDefinitionKey(CommitteeVoteProcess.KEY)
				.latestVersion()
				.singleResult()
				.getId();
			assertThat(get(user, vote).statusCode()).isEqualTo(200);
		}
		finally {
			authorizationService.deleteAuthorization(revoke.getId());
			identityService.deleteUser(user);
		}
	}

	private static void assertFigures(Map<String, JsonNode> activities, String activityId, long passed, long ended,
			Long averageDurationMillis) {
		assertThat(activities).as("figures of %s", activityId).containsKey(activityId);
		JsonNode figures = activities.get(activityId);
		assertThat(figures.path("passed").asLong()).as("partners that passed %s", activityId).isEqualTo(passed);
		assertThat(figures.path("ended").asLong()).as("partners that ended at %s", activityId).isEqualTo(ended);
		if (averageDurationMillis == null) {
			assertThat(figures.has("averageDurationMillis")).as("average duration of %s", activityId).isFalse();
		}
		else {
			assertThat(figures.path("averageDurationMillis").asLong()).as("average duration of %s", activityId)
				.isEqualTo(averageDurationMillis);
		}
	}

	private static Map<String, JsonNode> byActivity(JsonNode figures) {
		Map<String, JsonNode> activities = new HashMap<>();
		figures.path("activities").forEach(activity -> activities.put(activity.path("activityId").asText(), activity));
		return activities;
	}

	/** A recruiter lists a candidate with the API; its recruitment starts. */
	private String list(String name, long revenue) throws Exception {
		String company = name + " " + run;
		String body = json.writeValueAsString(Map.of("company", company, "country", "FR", "market", "Retail", "category",
				"VAR", "contactName", "Anne Martin", "contactEmail",
				"anne@" + company.toLowerCase().replaceAll("[^a-z0-9]", "") + ".example", "annualRevenue", revenue,
				"salesStaff", 5, "technicalStaff", 3, "competingSuppliers", 4));
		HttpResponse<String> listed = send("rita", "POST", "/api/candidates", body);
		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(201);
		jobs.runDue();
		return json.readTree(listed.body()).path("reference").asText();
	}

	private void approach(String reference, String interested) {
		Task task = taskService.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(RecruitmentProcess.APPROACH_CANDIDATE)
			.singleResult();
		taskService.complete(task.getId(),
				Map.of(RecruitmentProcess.MEETING_DATE, "2026-03-02", RecruitmentProcess.AVERAGE_DEAL_MARGIN, 4000,
						RecruitmentProcess.EXPECTED_REVENUE_3_YEARS, 900000, RecruitmentProcess.EXPECTED_ROI, 35,
						RecruitmentProcess.CANDIDATE_INTERESTED, interested));
		jobs.runDue();
	}

	private void submitApplication(String reference) throws Exception {
		HttpResponse<String> file = send("rita", "POST", "/api/partners/" + reference + "/application", """
				{"motivation":"Our customers ask for it","organisation":"Two sales people",
				 "firstCustomers":"Our installed base","strategy":"Bundle it","whyStrategic":"Leader",
				 "prospects":"1 MEUR in 3 years"}""");
		assertThat(file.statusCode()).as(file.body()).isEqualTo(202);
		jobs.runDue();
	}

	/** Each committee member approves in turn until the outcome is certain. */
	private void approveInCommittee(String reference) {
		List<Task> ballots;
		while (!(ballots = taskService.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(CommitteeVoteProcess.CAST_VOTE)
			.list()).isEmpty()) {
			Task ballot = ballots.get(0);
			identityService.setAuthentication(ballot.getAssignee(), identityService.createGroupQuery()
				.groupMember(ballot.getAssignee())
				.list()
				.stream()
				.map(Group::getId)
				.toList());
			try {
				formService.submitTaskForm(ballot.getId(),
						Map.of(CommitteeVoteProcess.VOTE, "APPROVE", CommitteeVoteProcess.VOTE_COMMENT, "Good file"));
			}
			finally {
				identityService.clearAuthentication();
			}
			jobs.runDue();
		}
		assertThat(taskService.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(RecruitmentProcess.SIGN_CONTRACT)
			.count()).as("contract of %s waits for signature", reference).isEqualTo(1);
	}

	/** Moves the engine's clock and runs what is due then. */
	private void at(Instant moment) {
		ClockUtil.setCurrentTime(Date.from(moment));
		jobs.runDue();
	}

	private HttpResponse<String> get(String user, String processDefinitionId) throws Exception {
		return send(user, "GET", "/api/insight/process-definitions/" + processDefinitionId + "/activities", null);
	}

	private HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
