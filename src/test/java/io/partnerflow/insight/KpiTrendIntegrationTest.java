package io.partnerflow.insight;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.support.ApiClient;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KPIs month by month ({@code GET /api/kpis/trend}) of partners listed on the edges of the months
 * of 2013 (a year no other test uses), read on 2013-12-15: each partner counts in the month it was
 * listed in, and each month's figures are those {@code GET /api/kpis} gives for that month.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiTrendIntegrationTest {

	static final Instant TODAY = Instant.parse("2013-12-15T10:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	PartnerService partners;

	final HttpClient http = HttpClient.newHttpClient();

	final ObjectMapper json = new ObjectMapper();

	/**
	 * <pre>
	 * listed                 path
	 * 2012-12-31 23:59:59    applied, signed         (December 2012: outside the twelve months)
	 * 2013-01-31 23:59:59    applied, signed         January
	 * 2013-02-01 00:00:00    applied, rejected       February
	 * 2013-02-28 23:59:59    applied, signed         February
	 * 2013-03-01 00:00:00    candidate               March
	 * 2013-12-10 08:00:00    candidate               December, up to today
	 * </pre>
	 */
	@BeforeAll
	void partnersListedOnTheEdgesOfTheMonths() {
		ListedPartners listed = new ListedPartners(partners);
		listed.signed(listed.listed("2012-12-31T23:59:59Z"), "2013-01-20");
		listed.signed(listed.listed("2013-01-31T23:59:59Z"), "2013-03-20");
		String rejected = listed.listed("2013-02-01T00:00:00Z");
		listed.applied(rejected, "2013-02-10");
		listed.move(rejected, "2013-02-11T00:00:00Z", PartnerStatus.REJECTED);
		listed.signed(listed.listed("2013-02-28T23:59:59Z"), "2013-04-20");
		listed.listed("2013-03-01T00:00:00Z");
		listed.listed("2013-12-10T08:00:00Z");
		ClockUtil.reset();
	}

	@AfterEach
	void restoreClock() {
		ClockUtil.reset();
	}

	@Test
	void eachMonthCountsThePartnersListedInItWithTheDefinitionsOfThePeriodKpis() throws Exception {
		// given
		ClockUtil.setCurrentTime(Date.from(TODAY));

		// when
		JsonNode trend = read("/api/kpis/trend?months=12", "mona");

		// then the twelve months up to today, each partner in the month of its listing
		assertThat(trend.get("from").asText()).isEqualTo("2013-01-01");
		assertThat(trend.get("to").asText()).isEqualTo("2013-12-15");
		JsonNode months = trend.get("months");
		assertThat(months).hasSize(12);
		assertThat(months.get(0).get("from").asText()).isEqualTo("2013-01-01");
		assertThat(months.get(0).get("to").asText()).isEqualTo("2013-01-31");
		assertThat(months.get(1).get("to").asText()).isEqualTo("2013-02-28");
		assertThat(months.get(11).get("from").asText()).isEqualTo("2013-12-01");
		assertThat(listed(months)).containsExactly(1L, 2L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(months.get(0).get("contractSignatureRate").get("rate").decimalValue()).isEqualByComparingTo("1.00");
		JsonNode february = months.get(1).get("contractSignatureRate");
		assertThat(february.get("signed").asLong()).isEqualTo(1);
		assertThat(february.get("partners").asLong()).isEqualTo(2);
		assertThat(february.get("rate").decimalValue()).isEqualByComparingTo("0.50");
		assertThat(months.get(2).get("contractSignatureRate").get("rate").isNull()).isTrue();
		for (JsonNode month : months) {
			assertThat(month).as(month.get("from").asText())
				.isEqualTo(read("/api/kpis?from=" + month.get("from").asText() + "&to=" + month.get("to").asText(), "mona"));
		}
	}

	@Test
	void withoutParametersTheLastTwelveMonthsAreReadAndOneMonthIsTheCurrentOne() throws Exception {
		ClockUtil.setCurrentTime(Date.from(TODAY));

		assertThat(read("/api/kpis/trend", "mona").get("months")).hasSize(12);
		JsonNode current = read("/api/kpis/trend?months=1", "admin");
		assertThat(current.get("from").asText()).isEqualTo("2013-12-01");
		assertThat(listed(current.get("months"))).containsExactly(1L);
		assertThat(read("/api/kpis/trend?months=36", "mona").get("months")).hasSize(36);
	}

	@Test
	void badMonthsAreRefusedWith400NamingTheParameter() throws Exception {
		for (String query : List.of("months=0", "months=37", "months=-1", "months=twelve", "months=", "months=1.5",
				"months=12&months=6", "month=12")) {
			HttpResponse<String> response = get("/api/kpis/trend?" + query, "mona");
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(json.readTree(response.body()).get("errors").get(0).get("field").asText()).as(query)
				.isEqualTo(query.startsWith("month=") ? "month" : "months");
		}
	}

	@Test
	void onlyManagersReadTheTrend() throws Exception {
		assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/kpis/trend")).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
		for (String user : List.of("rita", "leo", "claire")) {
			assertThat(get("/api/kpis/trend", user).statusCode()).as(user).isEqualTo(403);
		}
	}

	private static List<Long> listed(JsonNode months) {
		return months.valueStream().map(month -> month.get("funnel").get(0).get("partners").asLong()).toList();
	}

	private JsonNode read(String path, String user) throws Exception {
		HttpResponse<String> response = get(path, user);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private HttpResponse<String> get(String path, String user) throws Exception {
		return new ApiClient(URI.create("http://localhost:" + port), user, user).send("GET", path, null, null, "*/*");
	}

}
