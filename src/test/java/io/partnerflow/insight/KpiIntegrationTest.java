package io.partnerflow.insight;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.onboarding.OnboardingPlanService;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.support.TestPartners;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.partnerflow.partner.PartnerStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KPIs of a hand-made cohort whose answers are worked out below: eleven partners listed in
 * 2019 by rita and raoul (a year no other test uses), through the real services, and two partners
 * just outside the year. Read with {@code GET /api/kpis} as a manager.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiIntegrationTest {

	static final String YEAR_2019 = "/api/kpis?from=2019-01-01&to=2019-12-31";

	@LocalServerPort
	int port;

	@Autowired
	PartnerService partners;

	@Autowired
	OnboardingPlanService plans;

	final HttpClient http = HttpClient.newHttpClient();

	final ObjectMapper json = new ObjectMapper();

	/**
	 * <pre>
	 * partner  recruiter listed      path                                           signed            first deal  autonomy (days)  business plan  exited
	 * A        rita      01-10       score, approached, applied, approved           03-01 12:00 (50.5) 04-10 (40)  com 100, tech 100  yes          -
	 * B        rita      02-01       score, approached, applied, approved           04-02 (60)        -           com 103, tech no   -            08-15 (within 6 months)
	 * C        raoul     03-01       score, approached, applied, approved           05-01 (61)        06-30 (60)  com no, tech 107   yes          12-01 (after 6 months)
	 * D        raoul     06-01       score, approached, applied, approved           07-20 (49)        -           not reviewed       yes          -
	 * E        raoul     10-01       score, approached, applied, approved           11-15 (45)        12-01 (16)  no plan            -            -
	 * F        rita      04-01       score, approached, applied, REJECTED
	 * G        rita      05-01       score, approached, applied, approved, DECLINED
	 * H        rita      07-01       score, NOT_ELIGIBLE
	 * I        raoul     08-01       score, approached, DECLINED
	 * J        raoul     09-01       score, still CANDIDATE (eligible, not approached yet)
	 * K        rita      12-31 23:59:59  CANDIDATE, criteria not checked yet
	 * outside: 2018-12-31 23:59:59 and 2020-01-01 00:00, both approached
	 * </pre>
	 */
	@BeforeAll
	void aCohortListedIn2019() {
		String a = listed("rita", "2019-01-10T00:00:00Z", 80);
		recruited(a, "2019-01-15", "2019-02-01", "2019-02-10");
		signed(a, "2019-03-01T12:00:00Z");
		plans.open(a, at("2019-03-01T12:00:00Z"), "partnerflow");
		at("2019-03-20T09:00:00Z");
		plans.recordBusinessPlan(a, LocalDate.parse("2019-03-20"), "20 deals", "2 sales people", "rita");
		firstDeal(a, "2019-04-10T12:00:00Z");
		at("2019-06-09T12:00:00Z");
		plans.recordAutonomyReview(a, true, "sells alone", true, "installs alone", "rita");

		String b = listed("rita", "2019-02-01T00:00:00Z", 70);
		recruited(b, "2019-02-10", "2019-03-01", "2019-03-05");
		signed(b, "2019-04-02T00:00:00Z");
		plans.open(b, at("2019-04-02T00:00:00Z"), "partnerflow");
		at("2019-07-14T00:00:00Z");
		plans.recordAutonomyReview(b, true, "sells alone", false, "needs help", "rita");
		move(b, "2019-08-01T00:00:00Z", EXIT_REVIEW);
		move(b, "2019-08-15T00:00:00Z", EXITED);

		String c = listed("raoul", "2019-03-01T00:00:00Z", 60);
		recruited(c, "2019-03-10", "2019-04-01", "2019-04-10");
		signed(c, "2019-05-01T00:00:00Z");
		plans.open(c, at("2019-05-01T00:00:00Z"), "partnerflow");
		at("2019-05-20T00:00:00Z");
		plans.recordBusinessPlan(c, LocalDate.parse("2019-05-20"), "10 deals", "1 technician", "raoul");
		firstDeal(c, "2019-06-30T00:00:00Z");
		at("2019-08-16T00:00:00Z");
		plans.recordAutonomyReview(c, false, "not yet", true, "installs alone", "raoul");
		move(c, "2019-12-01T00:00:00Z", EXITED);

		String d = listed("raoul", "2019-06-01T00:00:00Z", 75);
		recruited(d, "2019-06-05", "2019-07-01", "2019-07-05");
		signed(d, "2019-07-20T00:00:00Z");
		plans.open(d, at("2019-07-20T00:00:00Z"), "partnerflow");
		at("2019-08-01T00:00:00Z");
		plans.recordBusinessPlan(d, LocalDate.parse("2019-08-01"), "5 deals", "a lead campaign", "raoul");

		String e = listed("raoul", "2019-10-01T00:00:00Z", 90);
		recruited(e, "2019-10-02", "2019-10-20", "2019-11-01");
		signed(e, "2019-11-15T00:00:00Z");
		firstDeal(e, "2019-12-01T00:00:00Z");

		String f = listed("rita", "2019-04-01T00:00:00Z", 65);
		move(f, "2019-04-05T00:00:00Z", APPROACHED, APPLICATION_REQUESTED);
		move(f, "2019-05-01T00:00:00Z", IN_COMMITTEE, REJECTED);

		String g = listed("rita", "2019-05-01T00:00:00Z", 85);
		recruited(g, "2019-05-05", "2019-06-01", "2019-06-10");
		move(g, "2019-07-10T00:00:00Z", DECLINED);

		String h = listed("rita", "2019-07-01T00:00:00Z", 30);
		move(h, "2019-07-01T00:01:00Z", NOT_ELIGIBLE);

		String i = listed("raoul", "2019-08-01T00:00:00Z", 55);
		move(i, "2019-08-10T00:00:00Z", APPROACHED, DECLINED);

		listed("raoul", "2019-09-01T00:00:00Z", 70);
		listed("rita", "2019-12-31T23:59:59Z", null);

		move(listed("rita", "2018-12-31T23:59:59Z", 80), "2019-01-05T00:00:00Z", APPROACHED);
		move(listed("raoul", "2020-01-01T00:00:00Z", 80), "2020-01-05T00:00:00Z", APPROACHED);
		ClockUtil.reset();
	}

	@AfterEach
	void restoreClock() {
		ClockUtil.reset();
	}

	@Test
	void everyFigureOfTheCohortHasItsWorkedOutValue() throws Exception {
		// given the cohort above, read long after 2019
		at("2026-06-01T00:00:00Z");

		// when
		JsonNode kpis = kpis(YEAR_2019);

		// then times in days, averaged over the partners that got there
		assertThat(kpis.get("from").asText()).isEqualTo("2019-01-01");
		assertThat(kpis.get("to").asText()).isEqualTo("2019-12-31");
		assertAverage(kpis.get("timeToRecruit"), "53.1", 5); // (50.5 + 60 + 61 + 49 + 45) / 5
		assertAverage(kpis.get("timeToFirstDeal"), "38.7", 3); // (40 + 60 + 16) / 3
		assertAverage(kpis.get("timeToCommercialAutonomy"), "101.5", 2); // (100 + 103) / 2
		assertAverage(kpis.get("timeToTechnicalAutonomy"), "103.5", 2); // (100 + 107) / 2

		// six months after signature by the end of 2019: A, B, C (D and E signed too late); B left before
		JsonNode sixMonths = kpis.get("activeSixMonthsAfterSignature");
		assertThat(sixMonths.get("partners").asLong()).isEqualTo(3);
		assertThat(sixMonths.get("active").asLong()).isEqualTo(2);
		assertThat(sixMonths.get("rate").decimalValue()).isEqualByComparingTo("0.67");

		// 5 contracts out of 7 application files
		JsonNode signature = kpis.get("contractSignatureRate");
		assertThat(signature.get("partners").asLong()).isEqualTo(7);
		assertThat(signature.get("signed").asLong()).isEqualTo(5);
		assertThat(signature.get("rate").decimalValue()).isEqualByComparingTo("0.71");

		assertThat(funnel(kpis)).containsExactly("LISTED=11", "ELIGIBLE=9", "APPROACHED=8", "APPLIED=7", "APPROVED=6",
				"SIGNED=5", "ACTIVE=3", "EXITED=2");

		// raoul: C, D, E signed, C and D with a business plan, D still there after its plan (C left, E's plan runs to 2020)
		// rita: A and B signed, A with a business plan and still there after its plan (B left)
		assertThat(recruiters(kpis)).containsExactly("raoul listed=5 files=3 signed=3 plans=2 activeAfterPlan=1",
				"rita listed=6 files=4 signed=2 plans=1 activeAfterPlan=1");
	}

	@Test
	void periodsThatNeedTimeToPassCountOnlyUpToToday() throws Exception {
		// given the same cohort, read on 2019-10-15, before the end of the period asked for
		at("2019-10-15T00:00:00Z");

		// when
		JsonNode kpis = kpis(YEAR_2019);

		// then six months have passed for A and B only (C signed on 05-01), and only A's and B's plans are over
		JsonNode sixMonths = kpis.get("activeSixMonthsAfterSignature");
		assertThat(sixMonths.get("partners").asLong()).isEqualTo(2);
		assertThat(sixMonths.get("active").asLong()).isEqualTo(1);
		assertThat(sixMonths.get("rate").decimalValue()).isEqualByComparingTo("0.50");
		assertThat(recruiters(kpis)).containsExactly("raoul listed=5 files=3 signed=3 plans=2 activeAfterPlan=0",
				"rita listed=6 files=4 signed=2 plans=1 activeAfterPlan=1");
	}

	@Test
	void withoutParametersTheTwelveMonthsUpToTodayAreRead() throws Exception {
		// given today is the last day of 2019
		at("2019-12-31T10:00:00Z");

		// when
		JsonNode kpis = kpis("/api/kpis");

		// then the period starts on 2018-12-31 and holds the partner listed that evening too
		assertThat(kpis.get("from").asText()).isEqualTo("2018-12-31");
		assertThat(kpis.get("to").asText()).isEqualTo("2019-12-31");
		assertThat(funnel(kpis)).startsWith("LISTED=12");
		assertThat(kpis("/api/kpis?to=2019-12-31").get("from").asText()).isEqualTo("2018-12-31");
	}

	@Test
	void aPeriodWithoutPartnersHasNoAveragesNoRatesAndZeros() throws Exception {
		// when
		HttpResponse<String> response = get("/api/kpis?from=2011-01-01&to=2011-12-31", "mona");

		// then
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode kpis = json.readTree(response.body());
		for (String average : List.of("timeToRecruit", "timeToFirstDeal", "timeToCommercialAutonomy", "timeToTechnicalAutonomy")) {
			assertThat(kpis.get(average).get("averageDays").isNull()).as(average).isTrue();
			assertThat(kpis.get(average).get("partners").asLong()).as(average).isZero();
		}
		assertThat(kpis.get("activeSixMonthsAfterSignature").get("rate").isNull()).isTrue();
		assertThat(kpis.get("activeSixMonthsAfterSignature").get("active").asLong()).isZero();
		assertThat(kpis.get("contractSignatureRate").get("rate").isNull()).isTrue();
		assertThat(kpis.get("contractSignatureRate").get("signed").asLong()).isZero();
		assertThat(funnel(kpis)).containsExactly("LISTED=0", "ELIGIBLE=0", "APPROACHED=0", "APPLIED=0", "APPROVED=0",
				"SIGNED=0", "ACTIVE=0", "EXITED=0");
		assertThat(kpis.get("recruiters").isArray()).isTrue();
		assertThat(kpis.get("recruiters")).isEmpty();
	}

	@Test
	void badPeriodsAreRefusedWith400NamingTheParameter() throws Exception {
		assertRefused("/api/kpis?from=2019-12-31&to=2019-01-01", "from");
		assertRefused("/api/kpis?from=2019-02-30", "from");
		assertRefused("/api/kpis?to=31/12/2019", "to");
		assertRefused("/api/kpis?to=", "to");
		assertRefused("/api/kpis?from=2009-01-01&to=2019-01-02", "from");
		assertRefused("/api/kpis?from=2019-01-01&from=2019-02-01", "from");
		assertRefused("/api/kpis?year=2019", "year");
		// exactly ten years is allowed
		assertThat(get("/api/kpis?from=2009-01-02&to=2019-01-02", "mona").statusCode()).isEqualTo(200);
	}

	@Test
	void extremeButValidDatesAreAnswered() throws Exception {
		assertThat(get("/api/kpis?from=0001-01-01&to=0001-12-31", "admin").statusCode()).isEqualTo(200);
		assertThat(get("/api/kpis?from=9990-01-01&to=9999-12-31", "admin").statusCode()).isEqualTo(200);
	}

	private void assertRefused(String path, String parameter) throws Exception {
		HttpResponse<String> response = get(path, "mona");
		assertThat(response.statusCode()).as(path).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json.readTree(response.body()).get("errors").get(0).get("field").asText()).as(path).isEqualTo(parameter);
	}

	private static void assertAverage(JsonNode average, String days, long partners) {
		assertThat(average.get("averageDays").decimalValue()).isEqualByComparingTo(days);
		assertThat(average.get("partners").asLong()).isEqualTo(partners);
	}

	private static List<String> funnel(JsonNode kpis) {
		return kpis.get("funnel").valueStream().map(s -> s.get("step").asText() + "=" + s.get("partners").asLong()).toList();
	}

	private static List<String> recruiters(JsonNode kpis) {
		return kpis.get("recruiters")
			.valueStream()
			.map(r -> "%s listed=%d files=%d signed=%d plans=%d activeAfterPlan=%d".formatted(r.get("recruiter").asText(),
					r.get("listed").asLong(), r.get("applicationFiles").asLong(), r.get("signed").asLong(),
					r.get("businessPlansSigned").asLong(), r.get("activeAfterPlan").asLong()))
			.toList();
	}

	private JsonNode kpis(String path) throws Exception {
		HttpResponse<String> response = get(path, "mona");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private HttpResponse<String> get(String path, String user) throws Exception {
		String basic = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + basic)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Lists a candidate at that moment, with the selection score the criteria gave it (null: not checked yet). */
	private String listed(String recruiter, String when, Integer score) {
		at(when);
		String reference = partners.register(TestPartners.candidate("Kpi"), recruiter).getReference();
		if (score != null) {
			partners.recordSelectionScore(reference, score, "selection-criteria");
		}
		return reference;
	}

	/** Approached, file requested on the same day; file in committee, then approved, at noon of those days. */
	private void recruited(String reference, String approached, String applied, String approved) {
		move(reference, approached + "T12:00:00Z", APPROACHED, APPLICATION_REQUESTED);
		move(reference, applied + "T12:00:00Z", IN_COMMITTEE);
		move(reference, approved + "T12:00:00Z", APPROVED);
	}

	private void signed(String reference, String when) {
		partners.recordContractSignature(reference, at(when), "luc");
	}

	private void firstDeal(String reference, String when) {
		partners.recordDeal(reference, at(when), "rita", "first deal");
		partners.changeStatus(reference, ACTIVE, "partnerflow", "first deal signed");
	}

	private void move(String reference, String when, PartnerStatus... statuses) {
		at(when);
		for (PartnerStatus status : statuses) {
			partners.changeStatus(reference, status, "rita", null);
		}
	}

	/** Sets the engine clock, which dates every record. */
	private static Instant at(String when) {
		Instant instant = Instant.parse(when);
		ClockUtil.setCurrentTime(Date.from(instant));
		return instant;
	}

}
