package io.partnerflow.insight;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.conduct.CardRequest;
import io.partnerflow.conduct.Cards;
import io.partnerflow.deals.DealService;
import io.partnerflow.onboarding.OnboardingPlanService;
import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.Markets;
import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.partner.PartnerSource;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.support.TestMarkets;
import io.partnerflow.support.TestPartners;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.partnerflow.partner.PartnerSource.PROFESSIONAL_DATABASE;
import static io.partnerflow.partner.PartnerSource.TRADE_FAIR;
import static io.partnerflow.partner.PartnerStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KPIs of hand-made cohorts whose answers are worked out below: eleven partners listed in
 * 2019 by rita and raoul (a year no other test uses), through the real services, and two partners
 * just outside the year; six partners listed in 2017 to tell a partner that sells from one that
 * merely stayed. Read with {@code GET /api/kpis} as a manager.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiIntegrationTest {

	static final String YEAR_2019 = "/api/kpis?from=2019-01-01&to=2019-12-31";

	static final String YEAR_2017 = "/api/kpis?from=2017-01-01&to=2017-12-31";

	@LocalServerPort
	int port;

	@Autowired
	PartnerService partners;

	@Autowired
	Cards cards;

	@Autowired
	Markets markets;

	@Autowired
	OnboardingPlanService plans;

	@Autowired
	DealService deals;

	final HttpClient http = HttpClient.newHttpClient();

	final ObjectMapper json = new ObjectMapper();

	/**
	 * <pre>
	 * partner  recruiter listed      path                                           signed            first deal  autonomy (days)  business plan  exited
	 * A        rita      01-10       score, approached, applied, approved           03-01 12:00 (50.5) 04-10 (39.5) com 100, tech 100 yes          -
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
		aCohortListedIn2017();
		ClockUtil.reset();
	}

	/**
	 * <pre>
	 * partner  recruiter market   category    source      signed   deals                      exited
	 * S1       rita      Retail   reseller    trade fair  02-01    03-15 (month 1.5)          09-10 (month 7)  active: sold in its start-up period
	 * S2       rita      Retail   reseller    trade fair  02-01    -                          -                dormant: stayed, never sold
	 * S3       raoul     =Health  integrator  database    03-01    09-15 (month 6.5)          -                sold too late
	 * S4       raoul     =Health  integrator  database    03-01    05-20 recorded first, then 04-01   -        active (its earliest deal counts)
	 * S5       raoul     =Health  reseller    (none)      08-01    08-15                      -                start-up not over by the end of 2017
	 * S6       rita      Retail   reseller    trade fair  -        (application rejected)
	 * </pre>
	 */
	private void aCohortListedIn2017() {
		String s1 = listed("rita", "2017-01-02T00:00:00Z", "Retail", PartnerCategory.RESELLER, TRADE_FAIR);
		signedAfterApplying(s1, "2017-02-01");
		deal(s1, "2017-03-15");
		move(s1, "2017-09-10T00:00:00Z", EXITED);

		signedAfterApplying(listed("rita", "2017-01-03T00:00:00Z", "Retail", PartnerCategory.RESELLER, TRADE_FAIR), "2017-02-01");

		String s3 = listed("raoul", "2017-01-04T00:00:00Z", "=Health", PartnerCategory.INTEGRATOR, PROFESSIONAL_DATABASE);
		signedAfterApplying(s3, "2017-03-01");
		deal(s3, "2017-09-15");

		String s4 = listed("raoul", "2017-01-05T00:00:00Z", "=Health", PartnerCategory.INTEGRATOR, PROFESSIONAL_DATABASE);
		signedAfterApplying(s4, "2017-03-01");
		at("2017-10-01T00:00:00Z");
		deals.record(s4, "Late Customer", BigDecimal.valueOf(5000), LocalDate.parse("2017-09-20"), "raoul");
		deals.record(s4, "Early Customer", BigDecimal.valueOf(5000), LocalDate.parse("2017-04-01"), "raoul");

		String s5 = listed("raoul", "2017-01-06T00:00:00Z", "=Health", PartnerCategory.RESELLER, null);
		signedAfterApplying(s5, "2017-08-01");
		deal(s5, "2017-08-15");

		String s6 = listed("rita", "2017-01-07T00:00:00Z", "Retail", PartnerCategory.RESELLER, TRADE_FAIR);
		move(s6, "2017-01-10T00:00:00Z", APPROACHED, APPLICATION_REQUESTED, IN_COMMITTEE, REJECTED);
	}

	@Test
	void aPartnerIsActiveAfterItsStartUpPeriodWhenItWonADealWithinIt() throws Exception {
		// given the 2017 cohort, read long after
		at("2026-06-01T00:00:00Z");

		// when
		JsonNode kpis = kpis(YEAR_2017);

		// then S1, S2, S3, S4 are six months past their contract by the end of 2017; S1 and S4 sold within them
		// (not exited by month 6 would count 4, any deal 3, not exited 1)
		JsonNode active = kpis.get("activeSixMonthsAfterSignature");
		assertThat(active.get("partners").asLong()).isEqualTo(4);
		assertThat(active.get("active").asLong()).isEqualTo(2);
		assertThat(active.get("rate").decimalValue()).isEqualByComparingTo("0.50");

		// a recruiter is measured by its partners active after their start-up period, named as people read them
		assertThat(recruiters(kpis)).containsExactly(
				"raoul Raoul Recruiter listed=3 files=3 signed=3 plans=0 activeAfterStartUp=1",
				"rita Rita Recruiter listed=3 files=3 signed=2 plans=0 activeAfterStartUp=1");
		assertThat(breakdown(kpis, "markets")).containsExactly("=Health =Health listed=3 signed=3 active=1 of 2",
				"Retail Retail listed=3 signed=2 active=1 of 2");
		assertThat(breakdown(kpis, "categories")).containsExactly(
				"INTEGRATOR System integrator listed=2 signed=2 active=1 of 2",
				"RESELLER Reseller listed=4 signed=3 active=1 of 2");
		// by where the recruiters found them: each way of listing by the partners that sell, the unasked apart
		assertThat(breakdown(kpis, "sources")).containsExactly("NOT_RECORDED Not recorded listed=1 signed=1 active=0 of 0",
				"PROFESSIONAL_DATABASE Professional database listed=2 signed=2 active=1 of 2",
				"TRADE_FAIR Trade fair listed=3 signed=2 active=1 of 2");
	}

	@Test
	void theRecruitmentCostIsTheSeedsPricePerRecruitmentAndPerFailedPartnership() throws Exception {
		// given the 2017 cohort: five contracts (40,000 EUR each by default), one partner signed and exited (100,000 EUR)
		at("2026-06-01T00:00:00Z");

		// when
		JsonNode kpis = kpis(YEAR_2017);

		// then
		JsonNode cost = kpis.get("recruitmentCost");
		assertThat(cost.get("currency").asText()).isEqualTo("EUR");
		assertThat(cost.get("recruitment").asLong()).isEqualTo(200_000);
		assertThat(cost.get("failedPartnerships").asLong()).isEqualTo(100_000);
		assertThat(cost.get("total").asLong()).isEqualTo(300_000);
		assertThat(cost.get("recruited").asLong()).isEqualTo(5);
		assertThat(cost.get("failed").asLong()).isEqualTo(1);
		// rita: two contracts and S1's failure; raoul: three contracts
		assertThat(kpis.get("recruiters").valueStream().map(r -> r.get("key").asText() + "=" + r.get("recruitmentCost").asLong()))
			.containsExactly("raoul=120000", "rita=180000");
	}

	@Test
	void theCsvExportHasEveryFigureAndNoCellASpreadsheetWouldRun() throws Exception {
		// given
		at("2026-06-01T00:00:00Z");

		// when
		HttpResponse<String> response = get("/api/kpis/export.csv?from=2017-01-01&to=2017-12-31", "mona");

		// then
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(disposition -> assertThat(disposition).contains("kpis-2017-01-01-2017-12-31.csv"));
		List<String> lines = response.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFFkpi,item,name,figure,value");
		assertThat(lines).contains("from,,,,2017-01-01", "activeSixMonthsAfterSignature,,,rate,0.5",
				"activeSixMonthsAfterSignature,,,partners,4", "recruitmentCost,,,total,300000",
				"funnel,APPROVED,,conversion,0.83", "timeToCommercialAutonomy,,,averageDays,",
				"recruiters,rita,Rita Recruiter,activeAfterStartUp,1",
				"recruiters,rita,Rita Recruiter,activeSixMonthsAfterSignature.partners,2",
				"markets,'=Health,'=Health,listed,3", "categories,INTEGRATOR,System integrator,signed,2",
				"sources,TRADE_FAIR,Trade fair,listed,3");
		assertThat(lines).noneMatch(line -> line.contains(",=") || line.startsWith("="));
		// the same period's checks as the JSON
		assertThat(get("/api/kpis/export.csv?from=2017-12-31&to=2017-01-01", "mona").statusCode()).isEqualTo(400);
	}

	@Test
	void theYellowAndRedCardsIssuedInThePeriodAreCountedInTheJsonAndTheCsv() throws Exception {
		// given a partner that gets a yellow card, then a red one, in 2031 (a year no other test's cards are in)
		at("2031-03-10T10:00:00Z");
		String reference = TestPartners.signedContract(partners, "Carded", Instant.parse("2030-11-02T09:00:00Z"))
			.getReference();
		partners.changeStatus(reference, PartnerStatus.ONBOARDING, "partnerflow", null);
		cards.issue(reference, new CardRequest("Took our lead to a competitor", "The customer's quote", null, null), "mona");
		at("2031-05-20T10:00:00Z");
		cards.issue(reference, new CardRequest("Again", "The customer told us", null, null), "mona");

		// when
		HttpResponse<String> year = get("/api/kpis?from=2031-01-01&to=2031-12-31", "mona");
		HttpResponse<String> march = get("/api/kpis?from=2031-03-01&to=2031-03-31", "mona");
		HttpResponse<String> csv = get("/api/kpis/export.csv?from=2031-01-01&to=2031-12-31", "mona");

		// then
		assertThat(year.body()).contains("\"cards\":{\"yellow\":1,\"red\":1}");
		assertThat(march.body()).contains("\"cards\":{\"yellow\":1,\"red\":0}");
		assertThat(csv.body().lines()).contains("cards,,,yellow,1", "cards,,,red,1");
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
		assertAverage(kpis.get("timeToFirstDeal"), "38.5", 3); // (39.5 + 60 + 16) / 3, a deal dated by its day
		assertAverage(kpis.get("timeToCommercialAutonomy"), "101.5", 2); // (100 + 103) / 2
		assertAverage(kpis.get("timeToTechnicalAutonomy"), "103.5", 2); // (100 + 107) / 2

		// six months after signature by the end of 2019: A, B, C (D and E signed too late); A and C sold within them
		// (C left at month 7, after selling: still active after its start-up period); B never sold
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
		// each step's share of the step before (EXITED: of the signed partners)
		assertThat(kpis.get("funnel").valueStream().map(step -> step.get("conversion").isNull() ? "-" : step.get("conversion").asText()))
			.containsExactly("-", "0.82", "0.89", "0.88", "0.86", "0.83", "0.6", "0.4");

		// raoul: C, D, E signed, C and D with a business plan, C sold in its start-up period (D did not, E's runs to 2020)
		// rita: A and B signed, A with a business plan and selling in its start-up period (B never sold)
		assertThat(recruiters(kpis)).containsExactly(
				"raoul Raoul Recruiter listed=5 files=3 signed=3 plans=2 activeAfterStartUp=1",
				"rita Rita Recruiter listed=6 files=4 signed=2 plans=1 activeAfterStartUp=1");
	}

	@Test
	void periodsThatNeedTimeToPassCountOnlyUpToToday() throws Exception {
		// given the same cohort, read on 2019-10-15, before the end of the period asked for
		at("2019-10-15T00:00:00Z");

		// when
		JsonNode kpis = kpis(YEAR_2019);

		// then six months have passed for A and B only (C signed on 05-01): A sold within them, B did not
		JsonNode sixMonths = kpis.get("activeSixMonthsAfterSignature");
		assertThat(sixMonths.get("partners").asLong()).isEqualTo(2);
		assertThat(sixMonths.get("active").asLong()).isEqualTo(1);
		assertThat(sixMonths.get("rate").decimalValue()).isEqualByComparingTo("0.50");
		assertThat(recruiters(kpis)).containsExactly(
				"raoul Raoul Recruiter listed=5 files=3 signed=3 plans=2 activeAfterStartUp=0",
				"rita Rita Recruiter listed=6 files=4 signed=2 plans=1 activeAfterStartUp=1");
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
		assertThat(kpis.get("funnel").valueStream().map(step -> step.get("conversion").isNull())).containsOnly(true);
		assertThat(kpis.get("recruitmentCost").get("total").asLong()).isZero();
		for (String breakdown : List.of("recruiters", "markets", "categories")) {
			assertThat(kpis.get(breakdown).isArray()).as(breakdown).isTrue();
			assertThat(kpis.get(breakdown)).as(breakdown).isEmpty();
		}
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
			.map(r -> "%s %s listed=%d files=%d signed=%d plans=%d activeAfterStartUp=%d".formatted(r.get("key").asText(),
					r.get("name").asText(), r.get("listed").asLong(), r.get("applicationFiles").asLong(),
					r.get("signed").asLong(), r.get("businessPlansSigned").asLong(), r.get("activeAfterStartUp").asLong()))
			.toList();
	}

	private static List<String> breakdown(JsonNode kpis, String name) {
		return kpis.get(name)
			.valueStream()
			.map(r -> "%s %s listed=%d signed=%d active=%d of %d".formatted(r.get("key").asText(), r.get("name").asText(),
					r.get("listed").asLong(), r.get("signed").asLong(), r.get("activeAfterStartUp").asLong(),
					r.get("activeSixMonthsAfterSignature").get("partners").asLong()))
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

	/** Lists a candidate of that market and category, found that way, its criteria checked (score 70). */
	private String listed(String recruiter, String when, String market, PartnerCategory category, PartnerSource source) {
		at(when);
		CandidateData usual = TestPartners.candidate("Kpi");
		String reference = partners.register(new CandidateData(usual.company(), usual.country(), TestMarkets.listed(markets, market), category,
				usual.contactName(), usual.contactEmail(), usual.website(), usual.annualRevenue(), usual.salesStaff(),
				usual.technicalStaff(), usual.competingSuppliers(), source), recruiter).getReference();
		partners.recordSelectionScore(reference, 70, "selection-criteria");
		return reference;
	}

	/** Approached, applied and approved in the ten days before the signature, at noon of that day. */
	private void signedAfterApplying(String reference, String day) {
		LocalDate signature = LocalDate.parse(day);
		recruited(reference, signature.minusDays(10).toString(), signature.minusDays(5).toString(),
				signature.minusDays(2).toString());
		signed(reference, day + "T12:00:00Z");
	}

	/** A deal signed and recorded that day, through the deals' service (the deals table). */
	private void deal(String reference, String day) {
		at(day + "T18:00:00Z");
		deals.record(reference, "Customer", BigDecimal.valueOf(1000), LocalDate.parse(day), "rita");
		if (partners.get(reference).getStatus() != ACTIVE) {
			partners.changeStatus(reference, ACTIVE, "partnerflow", "first deal signed");
		}
	}

	private void signed(String reference, String when) {
		partners.recordContractSignature(reference, at(when), "luc");
	}

	private void firstDeal(String reference, String when) {
		deal(reference, when.substring(0, "2019-01-01".length()));
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
