package io.partnerflow.recruitmentplan;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.recruitment.Recruitments;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.TestPartners;
import io.partnerflow.support.WebappSession;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recruitment plan through every door a user has: the API, the plan page and the plan's tasks
 * through {@code /engine-rest}. Managers open and change a draft, the leadership approves it in
 * Tasklist, nobody else does either, a value the plan cannot hold is refused where it is sent, and
 * an approved plan's priority markets move the selection criteria. Each test takes years of its own
 * (one plan a year), far from the demo's.
 */
@IntegrationTest
class RecruitmentPlanIntegrationTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	RecruitmentPlans plans;

	@Autowired
	TaskService tasks;

	@Autowired
	PartnerService partners;

	@Autowired
	Recruitments recruitments;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	ObjectMapper json;

	/** Each test plans years of its own, far from the demo's (this year's and next), by the engine's clock. */
	@org.junit.jupiter.api.AfterEach
	void backToToday() {
		ClockUtil.reset();
	}

	private static void today(String day) {
		ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse(day + "T10:00:00Z")));
	}

	@Test
	void managersDrawUpThePlanTheLeadershipApprovesItAndNobodyElseDoesEither() throws Exception {
		today("2080-03-02");
		int year = plans.currentYear() + 1;
		String plan = "/api/recruitment-plans/" + year;

		// only a manager opens a plan; its year must be this year or one of the next two
		assertThat(api("rita").postJson("/api/recruitment-plans", body(year)).statusCode()).isEqualTo(403);
		assertThat(api("leo").postJson("/api/recruitment-plans", body(year)).statusCode()).isEqualTo(403);
		HttpResponse<String> tooFar = api("mona").postJson("/api/recruitment-plans", body(year + 5));
		assertThat(tooFar.statusCode()).isEqualTo(400);
		assertThat(tooFar.body()).contains("planYear", "must be this year or one of the next two");
		HttpResponse<String> opened = api("mona").postJson("/api/recruitment-plans", body(year));
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		assertThat(json.readTree(opened.body()).path("status").asText()).isEqualTo("DRAFT");
		assertThat(api("mona").postJson("/api/recruitment-plans", body(year)).statusCode()).isEqualTo(409);
		assertThat(api("leo").get(plan).statusCode()).isEqualTo(200);
		assertThat(api("rita").get(plan).statusCode()).isEqualTo(403);

		// the draft's values are checked: a market not on the list, a number set without its reason,
		// a market and category twice, a revenue of zero, another group
		assertThat(put("mona", plan, change("Atlantis", 1_000_000, 250_000, null, null)).body()).contains("targets[0].market",
				"Atlantis");
		assertThat(put("mona", plan, change("Retail", 1_000_000, 250_000, 6, " ")).body()).contains(
				"targets[0].overrideReason");
		assertThat(put("mona", plan, change("Retail", 1_000_000, 0, null, null)).statusCode()).isEqualTo(400);
		String twice = """
				{"priorityMarkets": [], "expectations": {}, "targets": [
				 {"market": "Retail", "category": "RESELLER", "targetRevenue": 1000000, "revenuePerPartner": 250000},
				 {"market": "retail", "category": "RESELLER", "targetRevenue": 1000000, "revenuePerPartner": 250000}]}""";
		assertThat(put("mona", plan, twice).body()).contains("targets[1]", "a second time");
		assertThat(put("rita", plan, change("Retail", 1_000_000, 250_000, null, null)).statusCode()).isEqualTo(403);
		assertThat(put("leo", plan, change("Retail", 1_000_000, 250_000, null, null)).statusCode()).isEqualTo(403);

		// a good draft: 1,100,000 EUR at 250,000 EUR a partner is 5 partners (rounded up)
		HttpResponse<String> changed = put("mona", plan, change("santé", 1_100_000, 250_000, null, null));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		JsonNode draft = json.readTree(changed.body());
		assertThat(draft.path("targets").get(0).path("market").asText()).isEqualTo("Healthcare");
		assertThat(draft.path("partnersToSign").asInt()).isEqualTo(5);
		assertThat(draft.path("expectations").path("INTEGRATOR").asText()).isEqualTo("Two certified consultants");
		// saving the same market and category again changes it in place (a manager saves the page twice)
		HttpResponse<String> again = put("mona", plan, change("Healthcare", 1_600_000, 400_000, 3, "Two hospitals only"));
		assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
		assertThat(json.readTree(again.body()).path("partnersToSign").asInt()).isEqualTo(3);
		assertThat(json.readTree(again.body()).path("targets").get(0).path("derivedPartners").asInt()).isEqualTo(4);
		put("mona", plan, change("santé", 1_100_000, 250_000, null, null));

		// mona hands it over in Tasklist; rita cannot, leo cannot approve without saying why he sends it back
		Task drawUp = task(year, RecruitmentPlanProcess.DRAW_UP_PLAN);
		assertThat(submit("rita", drawUp, "{}").statusCode()).isIn(403, 404);
		assertThat(submit("mona", drawUp, "{\"planNote\": {\"value\": \"Healthcare first\"}}").statusCode()).isEqualTo(204);
		assertThat(plans.get(year).getStatus()).isEqualTo(PlanStatus.SUBMITTED);
		assertThat(put("mona", plan, change("Retail", 1_000_000, 250_000, null, null)).statusCode()).isEqualTo(409);
		Task approval = task(year, RecruitmentPlanProcess.APPROVE_PLAN);
		assertThat(submit("mona", approval, decision("approve", null)).statusCode()).isIn(403, 404);
		HttpResponse<String> unsaid = submit("leo", approval, decision("sendBack", null));
		assertThat(unsaid.statusCode()).isEqualTo(400);
		assertThat(unsaid.body()).contains("planComment is required to send the plan back");
		// nor approve another year's plan, or say it is approved, by sending what the form does not have
		HttpResponse<String> otherYear = submit("leo", approval,
				"{\"planDecision\": {\"value\": \"approve\"}, \"planYear\": {\"value\": " + (year + 1) + "}}");
		assertThat(otherYear.statusCode()).as(otherYear.body()).isEqualTo(403);
		assertThat(otherYear.body()).contains("only the fields of its form can be written");
		HttpResponse<String> approvedFlag = submit("leo", approval,
				"{\"planDecision\": {\"value\": \"sendBack\"}, \"planComment\": {\"value\": \"x\"}, \"planApproved\": {\"value\": true}}");
		assertThat(approvedFlag.statusCode()).as(approvedFlag.body()).isEqualTo(403);
		assertThat(plans.get(year).getStatus()).isEqualTo(PlanStatus.SUBMITTED);
		assertThat(submit("leo", approval, decision("approve", "Go")).statusCode()).isEqualTo(204);
		RecruitmentPlan approved = plans.get(year);
		assertThat(approved.getStatus()).isEqualTo(PlanStatus.APPROVED);
		assertThat(approved.getDecidedBy()).isEqualTo("leo");
	}

	@Test
	void theApprovedPlansPriorityMarketsRaiseTheScoreOfAGoodCandidate() throws Exception {
		// a year no other test plans (the demo's first start plans this one): the engine's clock is set there
		today("2091-03-02");
		priorityMarketsOf(2091);
	}

	private void priorityMarketsOf(int year) throws Exception {
		plans.open(year, "mona");
		plans.change(year, new PlanChange(java.util.List.of("Logistics"), java.util.List.of(new PlanChange.Target(
				"Logistics", io.partnerflow.partner.PartnerCategory.VAR, 2_000_000L, 500_000L, null, null)),
				java.util.Map.of()), "mona");
		plans.submit(year);
		plans.decide(year, true, "leo", null);

		String inPriority = listed("Priority", "Logistics");
		String elsewhere = listed("Elsewhere", "Education");

		assertThat(partners.get(inPriority).getSelectionScore()).isEqualTo(80);
		assertThat(partners.get(elsewhere).getSelectionScore()).isEqualTo(70);
		assertThat(partners.timeline(inPriority)).anySatisfy(e -> {
			assertThat(e.getKind()).isEqualTo("SELECTION_SCORE");
			assertThat(e.getActor()).matches("selection-criteria v\\d+");
		});
		// the progress counts them in the year, the one in the plan's target and the other outside it
		JsonNode progress = json.readTree(api("mona").get("/api/kpis/plan-progress/" + year).body());
		assertThat(progress.path("targets").get(0).path("listed").asLong()).isPositive();
		assertThat(progress.path("outsideThePlan").path("listed").asLong()).isPositive();
		assertThat(api("rita").get("/api/kpis/plan-progress/" + year).statusCode()).isEqualTo(403);
		assertThat(api("mona").get("/api/kpis/plan-progress/" + (year + 9)).statusCode()).isEqualTo(404);
	}

	@Test
	void managersChangeADraftOnItsPageTheLeadershipReadsIt() throws Exception {
		today("2070-03-02");
		int year = plans.currentYear() + 2;
		if (!plans.exists(year)) {
			assertThat(api("mona").postJson("/api/recruitment-plans", body(year)).statusCode()).isEqualTo(201);
		}
		WebappSession mona = new WebappSession(port).login("mona", "tasklist");
		HttpResponse<String> page = mona.page("/plans/" + year);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Recruitment plan", "Priority markets", "Autonomous by");
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).isTrue();
		String csrf = "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);

		// without the page's token: refused; a revenue that is not a number: answered on the page
		String row = "priorityMarket=Retail&market=Retail&category=INTEGRATOR&targetRevenue=2+000+000&revenuePerPartner=400000"
				+ "&partnersOverride=&overrideReason=&expectation.INTEGRATOR=Two+consultants";
		assertThat(mona.postForm("/plans/" + year, row).statusCode()).isEqualTo(403);
		HttpResponse<String> wrong = mona.postForm("/plans/" + year, row.replace("400000", "a+lot") + csrf);
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("targets[0].revenuePerPartner must be a whole number");
		HttpResponse<String> saved = mona.postForm("/plans/" + year, row + csrf);
		assertThat(saved.statusCode()).isEqualTo(302);
		RecruitmentPlan plan = plans.get(year);
		assertThat(plan.partnersToSign()).isEqualTo(5);
		assertThat(plan.getPriorityMarkets()).containsExactly("Retail");

		// the leadership reads it and cannot change it; a recruiter does not open it
		WebappSession leo = new WebappSession(port).login("leo", "tasklist");
		HttpResponse<String> read = leo.page("/plans/" + year);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains("System integrator").doesNotContain("Save the plan");
		// the session's token, from a page of leo's own that has a form (his account page)
		Matcher leoToken = CSRF.matcher(leo.page("/account").body());
		String leoCsrf = leoToken.find() ? "&_csrf=" + URLEncoder.encode(leoToken.group(1), StandardCharsets.UTF_8) : "";
		HttpResponse<String> leoChanges = leo.postForm("/plans/" + year, row.replace("400000", "100000") + leoCsrf);
		assertThat(leoChanges.statusCode()).isEqualTo(403);
		assertThat(leoChanges.body()).contains("Managers change the plan");
		HttpResponse<String> noPlan = leo.page("/plans/2999");
		assertThat(noPlan.statusCode()).isEqualTo(404);
		assertThat(noPlan.body()).contains("No such plan", "No recruitment plan is drawn up for 2999");
		assertThat(plans.get(year).partnersToSign()).isEqualTo(5);
		assertThat(new WebappSession(port).login("rita", "tasklist").page("/plans/" + year).statusCode()).isEqualTo(403);
	}

	private String listed(String name, String market) {
		CandidateData usual = TestPartners.candidate(name);
		String reference = recruitments.start(new CandidateData(usual.company(), usual.country(), market,
				io.partnerflow.partner.PartnerCategory.VAR, usual.contactName(), usual.contactEmail(), null, 3_000_000L, 4, 2, 8, null),
				"rita").getReference();
		// only this recruitment's jobs: at this test's far clock every other timer of the database would be due
		for (int round = 0; round < 20; round++) {
			List<Job> due = runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(reference)
				.list()
				.stream()
				.flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId()).executable().list().stream())
				.toList();
			if (due.isEmpty()) {
				break;
			}
			due.forEach(job -> management.executeJob(job.getId()));
		}
		return reference;
	}

	private Task task(int year, String activity) {
		return tasks.createTaskQuery()
			.processInstanceBusinessKey(RecruitmentPlan.businessKey(year))
			.taskDefinitionKey(activity)
			.singleResult();
	}

	private HttpResponse<String> submit(String user, Task task, String variables) throws Exception {
		return api(user).postJson("/engine-rest/task/" + task.getId() + "/submit-form", "{\"variables\": " + variables + "}");
	}

	private static String decision(String decision, String comment) {
		return "{\"planDecision\": {\"value\": \"" + decision + "\"}"
				+ (comment == null ? "" : ", \"planComment\": {\"value\": \"" + comment + "\"}") + "}";
	}

	private HttpResponse<String> put(String user, String path, String body) throws Exception {
		return api(user).send("PUT", path, ApiClient.JSON, body, ApiClient.JSON);
	}

	private static String body(int year) {
		return "{\"planYear\": " + year + "}";
	}

	private static String change(String market, long revenue, long perPartner, Integer override, String reason) {
		return """
				{"priorityMarkets": ["Retail"], "expectations": {"INTEGRATOR": "Two certified consultants"}, "targets": [
				 {"market": "%s", "category": "INTEGRATOR", "targetRevenue": %d, "revenuePerPartner": %d%s%s}]}"""
			.formatted(market, revenue, perPartner, override == null ? "" : ", \"partnersOverride\": " + override,
					reason == null ? "" : ", \"overrideReason\": \"" + reason + "\"");
	}

	private ApiClient api(String user) {
		return new ApiClient(URI.create("http://localhost:" + port), user, user);
	}

}
