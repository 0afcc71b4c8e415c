package io.partnerflow.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import io.partnerflow.IntegrationTest;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestPartners;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** Every recorded deal is announced as {@link DealWon}; the partner's running plan hears of the first one. */
@IntegrationTest
@RecordApplicationEvents
class DealWonIntegrationTest {

	static final Instant SIGNED = Instant.parse("2026-03-02T09:00:00Z");

	@Autowired
	DealService deals;

	@Autowired
	PartnerService partners;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	Jobs jobs;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void restore() {
		ClockUtil.reset();
	}

	@Test
	void eachDealIsAnnouncedAndOnlyTheFirstTellsThePlan() {
		// given a partner with a signed contract and its 100-day plan running
		ClockUtil.setCurrentTime(Date.from(SIGNED));
		String reference = partners.register(TestPartners.candidate("Announced"), "rita").getReference();
		for (PartnerStatus status : List.of(PartnerStatus.APPROACHED, PartnerStatus.APPLICATION_REQUESTED,
				PartnerStatus.IN_COMMITTEE, PartnerStatus.APPROVED)) {
			partners.changeStatus(reference, status, "rita", null);
		}
		partners.recordContractSignature(reference, SIGNED, "luc");
		ProcessInstance plan = runtimeService.startProcessInstanceByKey(OnboardingProcess.KEY, reference,
				Map.of(OnboardingProcess.VAR_CONTRACT_SIGNED_AT, Date.from(SIGNED)));
		jobs.runDue();
		ClockUtil.setCurrentTime(Date.from(SIGNED.plusSeconds(30 * 86_400)));

		// when two deals are recorded
		deals.record(reference, "Acme Retail", new BigDecimal("1200.00"), LocalDate.of(2026, 3, 20), "rita");
		deals.record(reference, "Beta Stores", new BigDecimal("800.00"), LocalDate.of(2026, 3, 25), "rita");

		// then both are announced, the first as the first, and the plan knows of its first deal
		assertThat(events.stream(DealWon.class).filter(deal -> deal.reference().equals(reference)))
			.extracting(DealWon::customer, DealWon::first)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Acme Retail", true),
					org.assertj.core.groups.Tuple.tuple("Beta Stores", false));
		assertThat(runtimeService.getVariable(plan.getId(), OnboardingProcess.VAR_FIRST_DEAL_SIGNED)).isEqualTo(true);
	}

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	/** The signing-day rules the API shares with the portal ({@link DealService#refusal}): a 400 naming the field. */
	@Test
	void theApiRefusesADealSignedInTheFutureOrBeforeTheContractNamingTheField() throws Exception {
		Instant signed = Instant.now().minusSeconds(10 * 86_400);
		String reference = partners.register(TestPartners.candidate("Dated"), "rita").getReference();
		for (PartnerStatus status : List.of(PartnerStatus.APPROACHED, PartnerStatus.APPLICATION_REQUESTED,
				PartnerStatus.IN_COMMITTEE, PartnerStatus.APPROVED)) {
			partners.changeStatus(reference, status, "rita", null);
		}
		partners.recordContractSignature(reference, signed, "luc");
		io.partnerflow.support.ApiClient rita = new io.partnerflow.support.ApiClient(
				java.net.URI.create("http://localhost:" + port), "rita", "rita");
		String path = "/api/partners/" + reference + "/deals";

		for (Map.Entry<LocalDate, String> day : Map.of(LocalDate.now().plusDays(2), "must not be in the future",
				LocalDate.now().minusDays(30), "must not be before the contract signature").entrySet()) {
			java.net.http.HttpResponse<String> refused = rita.postJson(path,
					"{\"customer\":\"Acme\",\"amount\":1000,\"signedOn\":\"" + day.getKey() + "\"}");
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
			assertThat(refused.body()).contains("\"field\":\"signedOn\"", day.getValue());
		}
		assertThat(deals.list(reference)).isEmpty();
	}

}
