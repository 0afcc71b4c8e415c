package io.partnerflow.dealregistration;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.partnerflow.IntegrationTest;
import io.partnerflow.deals.DealService;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerEvent;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestPartners;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deal registration through its real doors: staff's API, the review task through the engine's REST
 * API (and its guard), the database's unique key under 20 simultaneous registrations, and a won
 * registration making the partner's first deal.
 */
@IntegrationTest
class DealRegistrationIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	PartnerService partners;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	DealService deals;

	@Autowired
	DealRegistrations registrations;

	@Autowired
	Jobs jobs;

	@Autowired
	MailCatcher mailCatcher;

	@Autowired
	JdbcTemplate jdbc;

	final Instant signedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(10, ChronoUnit.DAYS);

	ApiClient rita() {
		return new ApiClient(URI.create("http://localhost:" + port), "rita", "rita");
	}

	@Test
	void twentyPartnersRegisteringOneProjectAtOnceLeaveOneRegistrationAndNineteenClearRefusals() throws Exception {
		// given 20 signed partners
		List<String> references = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			references.add(signed("Racer " + i).getReference());
		}
		String customer = "Hôtel Lumière " + System.nanoTime() + " SAS";

		// when each registers the same project at the same moment, its name written its own way
		ExecutorService pool = Executors.newFixedThreadPool(20);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String reference = references.get(i);
			String written = i % 2 == 0 ? customer : customer.toUpperCase().replace("Ô", "O").replace(" SAS", ", S.A.S.");
			answers.add(pool.submit(() -> {
				start.await();
				return rita().postJson("/api/partners/" + reference + "/deal-registrations", body(written, "Wi-Fi  refit"));
			}));
		}
		start.countDown();
		List<HttpResponse<String>> responses = new ArrayList<>();
		for (Future<HttpResponse<String>> answer : answers) {
			responses.add(answer.get());
		}
		pool.shutdown();

		// then exactly one is registered, 19 are told the project is taken, none names the partner holding it
		assertThat(responses).filteredOn(r -> r.statusCode() >= 500).isEmpty();
		assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
		List<HttpResponse<String>> refused = responses.stream().filter(r -> r.statusCode() == 409).toList();
		assertThat(refused).hasSize(19);
		String winner = references.get(responses.indexOf(responses.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow()));
		String winnerCompany = partners.get(winner).getCompany();
		refused.forEach(r -> {
			assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(r.body()).contains("Project already registered").doesNotContain(winner, winnerCompany);
		});
		assertThat(jdbc.queryForObject("select count(*) from deal_registration where customer like ?", Integer.class,
				"%" + customer.substring(customer.length() - 12, customer.length() - 4) + "%")).isEqualTo(1);
	}

	@Test
	void anApprovedRegistrationThatIsWonIsThePartnersFirstDealAndFreesTheProject() throws Exception {
		// given a partner in its 100-day plan, whose recruiter registers an opportunity on its behalf
		Partner partner = signed("Winner");
		String reference = partner.getReference();
		String customer = "Acme Retail " + System.nanoTime();
		HttpResponse<String> created = rita().postJson("/api/partners/" + reference + "/deal-registrations",
				body(customer, "Store network"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = registrations.list(reference).get(0).getId();
		assertThat(registrations.get(reference, id).getStatus()).isEqualTo(DealRegistrationStatus.SUBMITTED);

		// the review task refuses through the engine's REST API what its form does not allow
		Task review = tasks.createTaskQuery().processInstanceBusinessKey(reference)
			.taskDefinitionKey(DealRegistrationProcess.REVIEW).singleResult();
		String complete = "/engine-rest/task/" + review.getId() + "/complete";
		assertThat(rita().postJson(complete, variables("\"registrationDecision\":{\"value\":\"maybe\"}")).statusCode())
			.isEqualTo(400);
		assertThat(rita().postJson(complete, variables("\"registrationDecision\":{\"value\":\"reject\"}")).statusCode())
			.isEqualTo(400);
		assertThat(rita().postJson(complete, variables("\"registrationDecision\":{\"value\":\"approve\"},"
				+ "\"expiresAt\":{\"value\":\"2099-01-01T00:00:00.000+0000\",\"type\":\"Date\"}")).statusCode()).isEqualTo(403);
		assertThat(registrations.get(reference, id).getStatus()).isEqualTo(DealRegistrationStatus.SUBMITTED);

		// when its recruiter approves it in Tasklist's way
		HttpResponse<String> approved = rita().postJson(complete, variables("\"registrationDecision\":{\"value\":\"approve\"}"));
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
		jobs.runDue();

		// then it is approved, the partner (in France) told in French
		assertThat(registrations.get(reference, id).getStatus()).isEqualTo(DealRegistrationStatus.APPROVED);
		assertThat(mailCatcher.mailsReceivedBy(partner.getContactEmail()))
			.anySatisfy(mail -> assertThat(mail.subject()).contains("Enregistrement d'affaire accepté", customer));

		// when it is won
		HttpResponse<String> won = rita().postJson("/api/partners/" + reference + "/deal-registrations/" + id + "/won",
				"{\"amount\":12500,\"signedOn\":\"" + LocalDate.now().minusDays(1) + "\"}");
		assertThat(won.statusCode()).as(won.body()).isEqualTo(202);
		jobs.runDue();

		// then it is the partner's first deal, the partner is ACTIVE, the project free again
		assertThat(registrations.get(reference, id).getStatus()).isEqualTo(DealRegistrationStatus.WON);
		assertThat(deals.list(reference)).singleElement().satisfies(deal -> {
			assertThat(deal.getCustomer()).isEqualTo(customer);
			assertThat(deal.isFirst()).isTrue();
			assertThat(deal.getRecordedBy()).isEqualTo("rita");
		});
		// as a deal recorded through /deals: it dates the first deal and tells the running plan, which makes
		// the partner ACTIVE when its 100 days end (OnboardingProcessTest)
		assertThat(partners.get(reference).getFirstDealAt()).isNotNull();
		String plan = runtime.createProcessInstanceQuery().processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(reference).singleResult().getId();
		assertThat(runtime.getVariable(plan, OnboardingProcess.VAR_FIRST_DEAL_SIGNED)).isEqualTo(true);
		assertThat(partners.timeline(reference)).extracting(PartnerEvent::getKind)
			.contains("DEAL_REGISTERED", "DEAL_REGISTRATION_APPROVED", "FIRST_DEAL", "DEAL_REGISTRATION_WON");
		assertThat(rita().postJson("/api/partners/" + signed("Next").getReference() + "/deal-registrations",
				body(customer, "Store network")).statusCode()).isEqualTo(201);
		// and a closed registration is not won twice
		assertThat(rita().postJson("/api/partners/" + reference + "/deal-registrations/" + id + "/won",
				"{\"amount\":12500,\"signedOn\":\"" + LocalDate.now() + "\"}").statusCode()).isEqualTo(409);
	}

	@Test
	void badInputIsRefusedWithProblemDetailsAndNothingIsRegistered() throws Exception {
		Partner partner = signed("Careful");
		String path = "/api/partners/" + partner.getReference() + "/deal-registrations";

		HttpResponse<String> blank = rita().postJson(path, "{\"customer\":\" \",\"project\":\"P\",\"expectedValue\":-1,"
				+ "\"expectedCloseOn\":\"" + LocalDate.now().plusDays(30) + "\"}");
		HttpResponse<String> past = rita().postJson(path, "{\"customer\":\"C\",\"project\":\"P\",\"expectedValue\":10,"
				+ "\"expectedCloseOn\":\"" + LocalDate.now().minusDays(1) + "\"}");
		HttpResponse<String> unknownPartner = rita().postJson("/api/partners/P-1999-99999/deal-registrations", body("C", "P"));
		String candidate = partners.register(TestPartners.candidate("Not yet"), "rita").getReference();
		HttpResponse<String> notSigned = rita().postJson("/api/partners/" + candidate + "/deal-registrations", body("C", "P"));
		HttpResponse<String> otherPartners = rita().get(path + "/999999999");

		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.body()).contains("customer", "expectedValue");
		assertThat(past.statusCode()).isEqualTo(400);
		assertThat(past.body()).contains("expectedCloseOn");
		assertThat(unknownPartner.statusCode()).isEqualTo(404);
		assertThat(notSigned.statusCode()).isEqualTo(409);
		assertThat(otherPartners.statusCode()).isEqualTo(404);
		assertThat(registrations.list(partner.getReference())).isEmpty();
	}

	static String body(String customer, String project) {
		return "{\"customer\":\"" + customer + "\",\"project\":\"" + project + "\",\"expectedValue\":12000,"
				+ "\"expectedCloseOn\":\"" + LocalDate.now().plusDays(60) + "\"}";
	}

	static String variables(String inside) {
		return "{\"variables\":{" + inside + "}}";
	}

	/** A partner of rita's, signed ten days ago, its 100-day plan running. */
	Partner signed(String name) {
		String reference = partners.register(TestPartners.candidate(name + " " + System.nanoTime()), "rita").getReference();
		for (PartnerStatus status : List.of(PartnerStatus.APPROACHED, PartnerStatus.APPLICATION_REQUESTED,
				PartnerStatus.IN_COMMITTEE, PartnerStatus.APPROVED)) {
			partners.changeStatus(reference, status, "rita", null);
		}
		partners.recordContractSignature(reference, signedAt, "luc");
		runtime.startProcessInstanceByKey(OnboardingProcess.KEY, reference,
				Map.of(OnboardingProcess.VAR_CONTRACT_SIGNED_AT, Date.from(signedAt)));
		jobs.runDue();
		return partners.get(reference);
	}

}
