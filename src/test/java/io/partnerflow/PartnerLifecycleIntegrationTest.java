package io.partnerflow;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.committee.CommitteeVoteProcess;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.demo.MailCatcher.CaughtMail;
import io.partnerflow.exitreview.ExitReviewProcess;
import io.partnerflow.partner.PartnerEvent;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.support.Jobs;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's whole life through the real entry points: listed with {@code POST /api/candidates},
 * approached, its file sent with the API, approved by the demo committee, its contract signed by
 * legal, its 100-day plan run, and then either a first deal posted to the API (ACTIVE) or no deal
 * and an exit at month 6 (EXITED). Every mail goes through the SMTP catcher.
 */
@IntegrationTest
class PartnerLifecycleIntegrationTest {

	static final Instant LISTED = Instant.parse("2026-04-01T08:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	PartnerService partners;

	@Autowired
	TaskService taskService;

	@Autowired
	FormService formService;

	@Autowired
	IdentityService identityService;

	@Autowired
	MailCatcher mailCatcher;

	@Autowired
	Jobs jobs;

	final HttpClient http = HttpClient.newHttpClient();

	final String run = UUID.randomUUID().toString().substring(0, 8);

	String reference;

	String contact;

	@BeforeEach
	void atTheListingDay() {
		ClockUtil.setCurrentTime(Date.from(LISTED));
	}

	@AfterEach
	void restore() {
		identityService.clearAuthentication();
		ClockUtil.reset();
	}

	@Test
	void aCandidateBecomesAnActivePartnerWithItsFirstDeal() throws Exception {
		// given a partner recruited through the funnel and in its 100-day plan
		recruitAndSign();

		// when its first deal is posted a month into the plan, and the recruiter reviews the plan at day 100
		at(Duration.ofDays(35));
		HttpResponse<String> deal = call("POST", "/api/partners/" + reference + "/deals",
				"{\"customer\":\"Grand Magasin\",\"amount\":48000,\"signedOn\":\"2026-05-10\"}");
		assertThat(deal.statusCode()).as(deal.body()).isEqualTo(201);
		jobs.runDue();
		at(Duration.ofDays(100).plusHours(2));
		work("rita", OnboardingProcess.REVIEW_AUTONOMY,
				Map.of(OnboardingProcess.VAR_COMMERCIALLY_AUTONOMOUS, "yes", OnboardingProcess.VAR_COMMERCIAL_AUTONOMY_COMMENT,
						"Sells alone", OnboardingProcess.VAR_TECHNICALLY_AUTONOMOUS, "yes",
						OnboardingProcess.VAR_TECHNICAL_AUTONOMY_COMMENT, "Installs alone"));

		// then the partner is active, with its first-deal date
		assertThat(partners.get(reference).getStatus()).isEqualTo(PartnerStatus.ACTIVE);
		assertThat(partners.get(reference).getFirstDealAt()).isNotNull();
		assertThat(call("GET", "/api/partners/" + reference, null).body()).contains("\"status\":\"ACTIVE\"");
	}

	@Test
	void aPartnerWithoutADealIsExitedAtMonthSix() throws Exception {
		// given a partner recruited through the funnel whose plan brings no deal
		recruitAndSign();
		at(Duration.ofDays(100).plusHours(2));
		work("rita", OnboardingProcess.REVIEW_AUTONOMY,
				Map.of(OnboardingProcess.VAR_COMMERCIALLY_AUTONOMOUS, "no", OnboardingProcess.VAR_COMMERCIAL_AUTONOMY_COMMENT,
						"No pipeline", OnboardingProcess.VAR_TECHNICALLY_AUTONOMOUS, "no",
						OnboardingProcess.VAR_TECHNICAL_AUTONOMY_COMMENT, "Not trained"));

		// when month 6 after the signature comes, the manager decides the exit and rita talks to the partner
		at(Duration.ofDays(190));
		assertThat(partners.get(reference).getStatus()).isEqualTo(PartnerStatus.EXIT_REVIEW);
		work("mona", ExitReviewProcess.REVIEW_PARTNERSHIP,
				Map.of(ExitReviewProcess.VAR_REVIEW_DECISION, ExitReviewProcess.DECISION_EXIT));
		work("rita", ExitReviewProcess.HOLD_EXIT_CONVERSATION,
				Map.of(ExitReviewProcess.VAR_EXIT_CONVERSATION_ON, "2026-10-13",
						ExitReviewProcess.VAR_EXIT_CONVERSATION_SUMMARY, "Both agree to stop"));

		// then the partner has exited and was told in a letter of its own; the notes stay with the departments
		assertThat(partners.get(reference).getStatus()).isEqualTo(PartnerStatus.EXITED);
		assertThat(partners.timeline(reference)).as("the timeline names who ended it: rita held the conversation")
			.filteredOn(event -> event.getDescription() != null && event.getDescription().contains("contract terminated"))
			.extracting(PartnerEvent::getActor)
			.containsExactly("rita");
		assertThat(mailsTo(contact)).anySatisfy(mail -> assertThat(mail.subject()).startsWith("Notre partenariat avec"))
			.allSatisfy(mail -> assertThat(mail.text()).doesNotContain("Both agree to stop", "stop passing leads"));
		assertThat(mailsTo("tess@partnerflow.test"))
			.anySatisfy(mail -> assertThat(mail.text()).contains("Both agree to stop", "stop passing leads"));
		assertThat(call("POST", "/api/partners/" + reference + "/deals",
				"{\"customer\":\"Too late\",\"amount\":1000,\"signedOn\":\"2026-10-12\"}").statusCode()).isEqualTo(409);
	}

	/** Steps 4 to 9 of the method and the start of the plan, each through its real entry point. */
	private void recruitAndSign() throws Exception {
		contact = "anne@lifecycle-" + run + ".example";
		HttpResponse<String> listed = call("POST", "/api/candidates", new ObjectMapper().writeValueAsString(Map.of(
				"company", "Lifecycle " + run, "country", "FR", "market", "Retail", "category", "VAR", "contactName",
				"Anne Martin", "contactEmail", contact, "annualRevenue", 3_000_000, "salesStaff", 5, "technicalStaff",
				3, "competingSuppliers", 4)));
		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(201);
		reference = new ObjectMapper().readTree(listed.body()).path("reference").asText();
		jobs.runDue();

		work("rita", RecruitmentProcess.APPROACH_CANDIDATE,
				Map.of(RecruitmentProcess.MEETING_DATE, "2026-04-01", RecruitmentProcess.AVERAGE_DEAL_MARGIN, 4000,
						RecruitmentProcess.EXPECTED_REVENUE_3_YEARS, 900000, RecruitmentProcess.EXPECTED_ROI, 35,
						RecruitmentProcess.CANDIDATE_INTERESTED, RecruitmentProcess.INTERESTED_YES));
		assertThat(partners.get(reference).getStatus()).isEqualTo(PartnerStatus.APPLICATION_REQUESTED);
		// the partner keeps the value proposition rita presented, and its timeline says so
		assertThat(partners.get(reference).getExpectedRevenue3Years()).isEqualTo(900_000L);
		assertThat(partners.timeline(reference)).filteredOn(e -> e.getKind().equals("VALUE_PROPOSITION"))
			.singleElement()
			.satisfies(e -> assertThat(e.getActor()).isEqualTo("rita"))
			.satisfies(e -> assertThat(e.getDescription()).contains("4,000 EUR margin", "35%", "900,000 EUR"));

		HttpResponse<String> file = call("POST", "/api/partners/" + reference + "/application", """
				{"motivation":"Our customers ask for it","organisation":"Two sales people, one consultant",
				 "firstCustomers":"Our installed base","strategy":"Bundle it with our services",
				 "whyStrategic":"Leader in its market","prospects":"1 MEUR in 3 years"}""");
		assertThat(file.statusCode()).as(file.body()).isEqualTo(202);
		jobs.runDue();
		assertThat(partners.get(reference).getStatus()).isEqualTo(PartnerStatus.IN_COMMITTEE);

		// each demo committee member approves in turn until the outcome is certain
		List<Task> ballots;
		while (!(ballots = openBallots()).isEmpty()) {
			Task ballot = ballots.get(0);
			as(ballot.getAssignee(), () -> formService.submitTaskForm(ballot.getId(),
					Map.of(CommitteeVoteProcess.VOTE, "APPROVE", CommitteeVoteProcess.VOTE_COMMENT, "Good file")));
			jobs.runDue();
		}
		assertThat(partners.get(reference).getStatus()).isEqualTo(PartnerStatus.APPROVED);

		// legal signs five days later: a signature date is never in the future
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-06T10:00:00Z")));
		work("luc", RecruitmentProcess.SIGN_CONTRACT, Map.of(RecruitmentProcess.CONTRACT_TYPE, "RESALE",
				RecruitmentProcess.BUSINESS_PLAN_ANNEXED, true, RecruitmentProcess.CONTRACT_SIGNED_ON, "2026-04-06"));
		assertThat(partners.get(reference).getStatus()).isEqualTo(PartnerStatus.ONBOARDING);
		assertThat(partners.get(reference).getContractSignedAt()).isEqualTo(Instant.parse("2026-04-06T00:00:00Z"));
		// the contract type legal chose reaches the plan, whose steps it shapes
		assertThat(partners.timeline(reference)).extracting(PartnerEvent::getDescription)
			.contains("100-day plan for a RESALE contract: technical training, no integration milestone, no CEO meeting");
		assertThat(mailsTo(contact)).as("application request, welcome, plan").hasSizeGreaterThanOrEqualTo(3);
		assertThat(mailsTo("tess@partnerflow.test")).as("the training department hears of the new partner")
			.anySatisfy(mail -> assertThat(mail.text()).contains("Lifecycle " + run));
	}

	private List<Task> openBallots() {
		return taskService.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(CommitteeVoteProcess.CAST_VOTE)
			.list();
	}

	/** The user completes the partner's task, as Tasklist does, then the engine's jobs run. */
	private void work(String user, String taskKey, Map<String, Object> variables) {
		Task task = taskService.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(taskKey)
			.singleResult();
		assertThat(task).as("task %s of %s", taskKey, reference).isNotNull();
		as(user, () -> formService.submitTaskForm(task.getId(), variables));
		jobs.runDue();
	}

	private void as(String user, Runnable action) {
		identityService.setAuthentication(user,
				identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
		try {
			action.run();
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	/** Moves the engine's clock to this long after the contract signature, and runs what is due. */
	private void at(Duration afterSignature) {
		Instant signed = partners.get(reference).getContractSignedAt();
		ClockUtil.setCurrentTime(Date.from(signed.plus(afterSignature)));
		jobs.runDue();
	}

	private List<CaughtMail> mailsTo(String address) {
		return mailCatcher.mailsReceivedBy(address);
	}

	private HttpResponse<String> call(String method, String path, String json) throws Exception {
		String basic = Base64.getEncoder().encodeToString("rita:rita".getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + basic);
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return http.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
