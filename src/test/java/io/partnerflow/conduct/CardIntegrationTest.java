package io.partnerflow.conduct;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import io.partnerflow.IntegrationTest;
import io.partnerflow.dealregistration.DealRegistrationRequest;
import io.partnerflow.dealregistration.DealRegistrations;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.exitreview.ExitReviewProcess;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.partner.PartnerEvent;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestPartners;
import io.partnerflow.support.WebappSession;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Yellow and red cards through their real doors: the managers' API, the letter through the mail path
 * (the real SMTP server of the tests), the timeline, the partner's staff record, the exit review a red
 * card opens and its decision through the engine's REST API, and the refusals of every wrong caller
 * and value.
 */
@IntegrationTest
class CardIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	PartnerService partners;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	DealRegistrations registrations;

	@Autowired
	Cards cards;

	@Autowired
	Jobs jobs;

	@Autowired
	MailCatcher mailCatcher;

	final Instant signedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(10, ChronoUnit.DAYS);

	ApiClient as(String user) {
		return new ApiClient(URI.create("http://localhost:" + port), user, user);
	}

	static final String CARD = "{\"reason\":\"Took our lead Hôtel Lumière to a competitor\","
			+ "\"evidence\":\"The customer's buyer showed us the competitor's quote,\\nsigned by the partner on 2 December\","
			+ "\"customer\":\"Hôtel Lumière\"}";

	@Test
	void aYellowCardWarnsThePartnerAndASecondOneIsRedAndEndsThePartnershipThroughItsExitReview() throws Exception {
		// given a partner in its 100-day plan (in France: written to in French)
		Partner partner = signed(TestPartners.candidate("Disloyal"));
		String reference = partner.getReference();
		String path = "/api/partners/" + reference + "/cards";

		// when a manager issues a card
		HttpResponse<String> yellow = as("mona").postJson(path, CARD);
		jobs.runDue();

		// then it is yellow, the partner is told in French, the timeline names the manager
		assertThat(yellow.statusCode()).as(yellow.body()).isEqualTo(201);
		assertThat(yellow.body()).contains("\"colour\":\"YELLOW\"", "\"exitReviewOpened\":false", "\"issuedBy\":\"mona\"");
		assertThat(mailCatcher.mailsReceivedBy(partner.getContactEmail())).anySatisfy(mail -> {
			assertThat(mail.subject()).contains("Un carton jaune pour", partner.getCompany());
			assertThat(mail.text()).contains("carton jaune", "Took our lead Hôtel Lumière to a competitor", "365 jours")
				.doesNotContain("quote");
		});
		assertThat(partners.timeline(reference)).anySatisfy(event -> {
			assertThat(event.getKind()).isEqualTo("YELLOW_CARD");
			assertThat(event.getActor()).isEqualTo("mona");
			assertThat(event.getDescription()).contains("Mona Manager", "Took our lead", "competitor's quote");
		});
		assertThat(partners.get(reference).getStatus()).isEqualTo(PartnerStatus.ONBOARDING);
		// the staff read it in the partner's record and in its list of cards
		HttpResponse<String> record = as("rita").get("/api/partners/" + reference);
		assertThat(record.body()).contains("\"cards\":[{", "\"colour\":\"YELLOW\"", "\"timeline\":");
		assertThat(as("rita").get(path).body()).contains("\"colour\":\"YELLOW\"", "\"number\":1");
		// and on the partner's page, for the staff (the marketing team too)
		HttpResponse<String> page = new WebappSession(port).login("mark", "tasklist").get("/partners/" + reference);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Yellow and red cards", "Mona Manager", "Took our lead Hôtel Lumière to a competitor");

		// when a second card comes within the period
		HttpResponse<String> red = as("mona").postJson(path, CARD.replace("Hôtel Lumière", "Garage Dupont"));
		jobs.runDue();

		// then it is red, the partner is told, and its exit review is open for the managers with the cards
		assertThat(red.statusCode()).as(red.body()).isEqualTo(201);
		assertThat(red.body()).contains("\"colour\":\"RED\"", "\"exitReviewOpened\":true", "\"number\":2");
		assertThat(mailCatcher.mailsReceivedBy(partner.getContactEmail()))
			.anySatisfy(mail -> assertThat(mail.text()).contains("carton rouge", "Nous avons ouvert un bilan"));
		assertThat(partners.get(reference).getStatus()).isEqualTo(PartnerStatus.EXIT_REVIEW);
		assertThat(partners.timeline(reference)).anySatisfy(event -> {
			assertThat(event.getKind()).isEqualTo("STATUS_EXIT_REVIEW");
			assertThat(event.getActor()).isEqualTo("mona");
			assertThat(event.getDescription()).contains("red card", "Garage Dupont");
		});
		Task decision = tasks.createTaskQuery().processInstanceBusinessKey(reference)
			.taskDefinitionKey(ExitReviewProcess.DECIDE_EXIT_AFTER_RED_CARD).singleResult();
		assertThat(decision).isNotNull();
		assertThat(String.valueOf(tasks.getVariable(decision.getId(), ExitReviewProcess.VAR_CARD_FACTS)))
			.contains("Red card of", "Garage Dupont", "Yellow card of", "Hôtel Lumière");

		// the engine's REST API refuses an exception without a reason, and a recruiter's decision
		String complete = "/engine-rest/task/" + decision.getId() + "/complete";
		assertThat(as("mona").postJson(complete, variables("\"reviewDecision\":{\"value\":\"exception\"}")).statusCode())
			.isEqualTo(400);
		assertThat(as("rita").postJson(complete, variables("\"reviewDecision\":{\"value\":\"exit\"}")).statusCode())
			.isIn(403, 404);

		// when the manager decides the exit and the recruiter holds the conversation
		HttpResponse<String> exit = as("mona").postJson(complete, variables("\"reviewDecision\":{\"value\":\"exit\"}"));
		assertThat(exit.statusCode()).as(exit.body()).isEqualTo(204);
		Task conversation = tasks.createTaskQuery().processInstanceBusinessKey(reference)
			.taskDefinitionKey(ExitReviewProcess.HOLD_EXIT_CONVERSATION).singleResult();
		HttpResponse<String> held = as("rita").postJson("/engine-rest/task/" + conversation.getId() + "/complete",
				variables("\"exitConversationOn\":{\"value\":\"" + LocalDate.now() + "\"},"
						+ "\"exitConversationSummary\":{\"value\":\"Told the partner why\"}"));
		assertThat(held.statusCode()).as(held.body()).isEqualTo(204);
		jobs.runDue();

		// then the partner has exited, its 100-day plan ended with it, and its letter says why
		assertThat(partners.get(reference).getStatus()).isEqualTo(PartnerStatus.EXITED);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
		assertThat(mailCatcher.mailsReceivedBy(partner.getContactEmail()))
			.anySatisfy(mail -> assertThat(mail.text()).contains("a de nouveau traité avec un concurrent")
				.doesNotContain("n'a pas apporté les affaires"));

		// and an exited partner gets no card
		HttpResponse<String> late = as("mona").postJson(path, CARD);
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(late.body()).contains("No partnership running");
		assertThat(cards.list(reference)).hasSize(2);
	}

	@Test
	void aRedCardOnAPartnerInReviewAlreadyIsRecordedAndToldWithoutASecondReview() throws Exception {
		// given a partner whose exit review is open (its month-6 review), written to in English
		Partner partner = signed(new CandidateData("Loyal-ish " + System.nanoTime(), "GB", "Retail",
				PartnerCategory.RESELLER, "Joan Smith", "joan@loyalish" + System.nanoTime() + ".example",
				"https://loyalish.example", 2_500_000L, 6, 4, 3, null));
		String reference = partner.getReference();
		partners.changeStatus(reference, PartnerStatus.EXIT_REVIEW, "partnerflow", "review at month 6: no deal yet");
		long registration = registrations.register(reference, new DealRegistrationRequest("Brasserie Nord", "Tills",
				new java.math.BigDecimal("9000"), LocalDate.now().plusDays(40)), "rita").getId();
		String path = "/api/partners/" + reference + "/cards";

		// when two cards come, the first naming the partner's own deal registration
		HttpResponse<String> first = as("mona").postJson(path,
				"{\"reason\":\"Passed our lead to a competitor\",\"evidence\":\"Seen in the customer's tender\","
						+ "\"dealRegistrationId\":" + registration + "}");
		HttpResponse<String> second = as("mona").postJson(path,
				"{\"reason\":\"Again\",\"evidence\":\"The customer told our sales\"}");
		jobs.runDue();

		// then the second is red, told in English, and no other review is opened
		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(first.body()).contains("\"customer\":\"Brasserie Nord\"", "\"dealRegistrationId\":" + registration);
		assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
		assertThat(second.body()).contains("\"colour\":\"RED\"", "\"exitReviewOpened\":false");
		assertThat(mailCatcher.mailsReceivedBy(partner.getContactEmail())).anySatisfy(mail -> {
			assertThat(mail.subject()).contains("A yellow card for");
			assertThat(mail.text()).contains("(customer Brasserie Nord)");
		});
		assertThat(mailCatcher.mailsReceivedBy(partner.getContactEmail())).anySatisfy(mail -> assertThat(mail.text())
			.contains("This is a red card", "The review of our partnership under way takes it into account"));
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ExitReviewProcess.KEY)
			.processInstanceBusinessKey(reference).count()).isZero();
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PartnerCardProcess.KEY)
			.processInstanceBusinessKey(reference).count()).isZero();
		assertThat(partners.timeline(reference)).extracting(PartnerEvent::getKind).contains("YELLOW_CARD", "RED_CARD");
	}

	@Test
	void wrongCallersAndBadCardsAreRefusedAndNothingIsIssued() throws Exception {
		Partner partner = signed(TestPartners.candidate("Watched"));
		String reference = partner.getReference();
		String path = "/api/partners/" + reference + "/cards";
		Partner other = signed(TestPartners.candidate("Other"));
		long othersRegistration = registrations.register(other.getReference(), new DealRegistrationRequest("Café Sud",
				"Wi-Fi", new java.math.BigDecimal("5000"), LocalDate.now().plusDays(30)), "rita").getId();

		// a recruiter is refused before the body is read, anonymous callers are asked to log in
		HttpResponse<String> recruiter = as("rita").postJson(path, "not even json");
		HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + path)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(CARD)).build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> anonymousList = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
		// bad bodies get problem details naming the fields
		HttpResponse<String> blank = as("mona").postJson(path, "{\"reason\":\" \",\"customer\":\"" + "x".repeat(201) + "\"}");
		HttpResponse<String> controls = as("mona").postJson(path, "{\"reason\":\"a\\u0007b\",\"evidence\":\"ok\"}");
		HttpResponse<String> tooLong = as("mona").postJson(path, "{\"reason\":\"" + "r".repeat(501) + "\",\"evidence\":\""
				+ "e".repeat(4001) + "\"}");
		HttpResponse<String> notTheirs = as("mona").postJson(path, "{\"reason\":\"r\",\"evidence\":\"e\","
				+ "\"dealRegistrationId\":" + othersRegistration + "}");
		HttpResponse<String> unknown = as("mona").postJson("/api/partners/P-1999-99999/cards", CARD);
		String candidate = partners.register(TestPartners.candidate("Not yet"), "rita").getReference();
		HttpResponse<String> notUnderContract = as("mona").postJson("/api/partners/" + candidate + "/cards", CARD);
		HttpResponse<String> listUnknown = as("rita").get("/api/partners/P-1999-99999/cards");

		assertThat(recruiter.statusCode()).isEqualTo(403);
		assertThat(recruiter.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymousList.statusCode()).isEqualTo(401);
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(blank.body()).contains("reason", "evidence", "customer");
		assertThat(controls.statusCode()).isEqualTo(400);
		assertThat(controls.body()).contains("reason", "control characters");
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("reason", "evidence");
		assertThat(notTheirs.statusCode()).isEqualTo(400);
		assertThat(notTheirs.body()).contains("dealRegistrationId").doesNotContain(other.getReference(), "Café Sud");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(notUnderContract.statusCode()).isEqualTo(409);
		assertThat(listUnknown.statusCode()).isEqualTo(404);
		assertThat(cards.list(reference)).isEmpty();
		assertThat(partners.timeline(reference)).extracting(PartnerEvent::getKind).doesNotContain("YELLOW_CARD", "RED_CARD");
	}

	static String variables(String inside) {
		return "{\"variables\":{" + inside + "}}";
	}

	/** A partner of rita's, signed ten days ago, its 100-day plan running. */
	Partner signed(CandidateData candidate) {
		String reference = TestPartners.signedContract(partners, candidate, signedAt).getReference();
		runtime.startProcessInstanceByKey(OnboardingProcess.KEY, reference,
				Map.of(OnboardingProcess.VAR_CONTRACT_SIGNED_AT, Date.from(signedAt)));
		jobs.runDue();
		return partners.get(reference);
	}

}
