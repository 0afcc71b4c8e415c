package io.partnerflow.insight;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KPIs of 12,000 partners listed in 2015 (a year no other test uses) are computed by the
 * database, fast: the partners, their timelines and plans are written with plain SQL batches, then
 * {@code GET /api/kpis} is timed. They are removed afterwards.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiScaleTest {

	static final int PARTNERS = 12_000;

	static final List<String> RECRUITERS = List.of("rita", "raoul", "scale-anne", "scale-bob", "scale-chloe",
			"scale-dan", "scale-eve", "scale-fred");

	/** Where each tenth of the partners stops; the index in this list decides its dates. */
	static final List<List<String>> PATHS = List.of(List.of("NOT_ELIGIBLE"), List.of(),
			List.of("APPROACHED", "DECLINED"), List.of("APPROACHED", "APPLICATION_REQUESTED", "APPLICATION_LAPSED"),
			List.of("APPROACHED", "APPLICATION_REQUESTED", "IN_COMMITTEE", "REJECTED"),
			signedThen("ONBOARDING"), signedThen("ONBOARDING", "ACTIVE"), signedThen("ACTIVE"),
			signedThen("ONBOARDING", "EXIT_REVIEW", "EXITED"), signedThen("ONBOARDING", "ACTIVE", "EXITED"));

	static final Instant YEAR_START = Instant.parse("2015-01-01T00:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void twelveThousandPartnersListedIn2015() {
		List<Object[]> partners = new ArrayList<>();
		for (int i = 0; i < PARTNERS; i++) {
			List<String> path = PATHS.get(i % PATHS.size());
			Instant listed = YEAR_START.plus(Duration.ofDays(i % 360)).plusSeconds(i);
			String last = path.isEmpty() ? "CANDIDATE" : path.get(path.size() - 1);
			partners.add(new Object[] { "S-2015-%05d".formatted(i), "Scale %05d".formatted(i),
					"scale%05d@scale-%05d.example".formatted(i, i), "scale-%05d.example".formatted(i),
					RECRUITERS.get(i % RECRUITERS.size()), last, 40 + i % 60, ts(listed),
					ts(path.contains("IN_COMMITTEE") ? listed.plus(Duration.ofDays(30)) : null),
					ts(path.contains("APPROVED") ? listed.plus(Duration.ofDays(40)) : null),
					ts(path.contains("CONTRACT_SIGNED") ? signed(i, listed) : null),
					ts(path.contains("ACTIVE") ? signed(i, listed).plus(Duration.ofDays(20 + i % 90)) : null),
					ts(path.contains("EXITED") ? signed(i, listed).plus(Duration.ofDays(150 + i % 100)) : null) });
		}
		jdbc.batchUpdate("""
				insert into partner (reference, company, country, market, category, contact_name, contact_email,
				  contact_domain, recruiter, status, selection_score, listed_at, applied_at, approved_at,
				  contract_signed_at, first_deal_at, exited_at)
				values (?, ?, 'FR', 'Retail', 'RESELLER', 'Scale Contact', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", partners);

		List<Object[]> events = new ArrayList<>();
		List<Object[]> plans = new ArrayList<>();
		jdbc.query("select id, reference, listed_at from partner where reference like 'S-2015-%'", row -> {
			int i = Integer.parseInt(row.getString(2).substring(7));
			Instant listed = row.getTimestamp(3).toInstant();
			events.add(new Object[] { row.getLong(1), ts(listed), "LISTED" });
			int day = 1;
			for (String status : PATHS.get(i % PATHS.size())) {
				events.add(new Object[] { row.getLong(1), ts(listed.plus(Duration.ofDays(day += 5))), "STATUS_" + status });
			}
			if (PATHS.get(i % PATHS.size()).contains("ONBOARDING")) {
				Instant signed = signed(i, listed);
				plans.add(new Object[] { row.getLong(1), ts(signed), ts(signed),
						i % 3 == 0 ? null : java.sql.Date.valueOf("2015-12-01"),
						ts(i % 2 == 0 ? signed.plus(Duration.ofDays(100)) : null),
						ts(i % 4 == 0 ? signed.plus(Duration.ofDays(100)) : null) });
			}
		});
		jdbc.batchUpdate("""
				insert into partner_event (partner_id, occurred_at, actor, kind, description)
				values (?, ?, 'scale', ?, 'scale test')""", events);
		jdbc.batchUpdate("""
				insert into onboarding_plan (partner_id, contract_signed_at, opened_at, business_plan_signed_on,
				  commercially_autonomous_at, technically_autonomous_at)
				values (?, ?, ?, ?, ?, ?)""", plans);
	}

	@AfterAll
	void removeThem() {
		String scale = "(select id from partner where reference like 'S-2015-%')";
		jdbc.update("delete from partner_event where partner_id in " + scale);
		jdbc.update("delete from onboarding_plan where partner_id in " + scale);
		jdbc.update("delete from partner where reference like 'S-2015-%'");
	}

	@Test
	void theKpisOfTwelveThousandPartnersTakeAFractionOfASecond() throws Exception {
		// given a first call, which warms up the query
		assertThat(listed(get("/api/kpis?from=2015-01-01&to=2015-12-31"))).isEqualTo(PARTNERS);

		// when
		long[] millis = new long[7];
		for (int i = 0; i < millis.length; i++) {
			long start = System.nanoTime();
			HttpResponse<String> response = get("/api/kpis?from=2015-01-01&to=2015-12-31");
			millis[i] = (System.nanoTime() - start) / 1_000_000;
			assertThat(listed(response)).isEqualTo(PARTNERS);
		}

		// then
		Arrays.sort(millis);
		System.out.printf("KPIS: %,d partners, median %d ms, slowest %d ms%n", PARTNERS, millis[millis.length / 2],
				millis[millis.length - 1]);
		assertThat(millis[millis.length / 2]).as("median milliseconds").isLessThan(1_000);
	}

	private long listed(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode kpis = new ObjectMapper().readTree(response.body());
		return kpis.get("funnel").get(0).get("partners").asLong();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("mona:mona".getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static List<String> signedThen(String... after) {
		List<String> path = new ArrayList<>(List.of("APPROACHED", "APPLICATION_REQUESTED", "IN_COMMITTEE", "APPROVED",
				"CONTRACT_SIGNED"));
		path.addAll(List.of(after));
		return path;
	}

	private static Instant signed(int i, Instant listed) {
		return listed.plus(Duration.ofDays(50 + i % 40));
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
