package io.partnerflow.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.support.TestPartners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over a thousand malformed or hostile requests to every endpoint of the own API, generated from
 * valid ones: wrong types, missing and extra fields, huge and empty strings, control characters,
 * emoji, script and SQL fragments, wrong content types, unknown references, broken CSV and KPI
 * periods that are not periods. Each is answered 4xx with a problem body, and no partner changes.
 */
@IntegrationTest
class BadInputTest {

	static final List<String> HOSTILE = List.of("", " ", "\u0000", "\u0007bell", "line\nbreak", "😀🚀", "<script>alert(1)</script>",
			"'; drop table partner; --", "\" or 1=1 --", "${7*7}", "#{7*7}", "../../etc/passwd", "x".repeat(100_000));

	static final List<Object> WRONG_TYPES = List.of(42, -1, 3.14, true, List.of("a"), Map.of("a", 1));

	@LocalServerPort
	int port;

	@Autowired
	PartnerService partners;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	final ObjectMapper json = new ObjectMapper();

	/** A request, sent as rita (a recruiter) unless it names another user. */
	record Call(String method, String path, String contentType, String body, String user) {
		Call(String method, String path, String contentType, String body) {
			this(method, path, contentType, body, "rita");
		}
	}

	@Test
	void everyMalformedRequestGetsA4xxProblemAndChangesNothing() throws Exception {
		// given a partner waiting for its application file and the state of every partner
		String waiting = partners.register(TestPartners.candidate("Bad input"), "rita").getReference();
		partners.changeStatus(waiting, PartnerStatus.APPROACHED, "rita", null);
		partners.changeStatus(waiting, PartnerStatus.APPLICATION_REQUESTED, "rita", null);
		Map<String, String> before = partnerStates();
		long leadsBefore = jdbc.queryForObject("select count(*) from sales_lead", Long.class);

		// when
		List<Call> calls = generate(waiting);
		Map<Integer, Integer> byStatus = new TreeMap<>();
		List<String> wrong = new ArrayList<>();
		for (Call call : calls) {
			HttpResponse<String> response = send(call);
			byStatus.merge(response.statusCode(), 1, Integer::sum);
			boolean problem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
			if (response.statusCode() < 400 || response.statusCode() >= 500 || !problem) {
				wrong.add(response.statusCode() + " " + call.method() + " " + call.path() + " "
						+ (response.statusCode() < 300 ? call.body() : abbreviate(call.body())) + " -> " + abbreviate(response.body()));
			}
		}
		System.out.printf("BAD INPUT: %d requests, by status %s%n", calls.size(), byStatus);

		// then
		assertThat(wrong).as("answers that are not a 4xx problem").isEmpty();
		assertThat(calls).hasSizeGreaterThanOrEqualTo(1_000);
		assertThat(partnerStates()).isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from sales_lead", Long.class)).isEqualTo(leadsBefore);
	}

	private List<Call> generate(String waiting) throws Exception {
		List<Call> calls = new ArrayList<>();
		Map<String, Object> candidate = new LinkedHashMap<>(Map.of("company", "Valid Co", "country", "FR", "market", "Retail",
				"category", "VAR", "contactName", "Ann", "contactEmail", "ann@valid-bad-input.example", "annualRevenue",
				3_000_000, "salesStaff", 5, "technicalStaff", 3, "competingSuppliers", 4));
		Map<String, Object> file = new LinkedHashMap<>(Map.of("motivation", "m", "organisation", "o", "firstCustomers",
				"f", "strategy", "s", "whyStrategic", "w", "prospects", "p"));
		Map<String, Object> deal = new LinkedHashMap<>(Map.of("customer", "Acme", "amount", 1000, "signedOn", "2026-01-05"));

		// every JSON endpoint: fields missing, of the wrong type, hostile, plus broken bodies and wrong content types
		Map<String, Map<String, Object>> jsonEndpoints = new LinkedHashMap<>();
		jsonEndpoints.put("/api/candidates", candidate);
		jsonEndpoints.put("/api/partners/" + waiting + "/application", file);
		// deals for a partner without a contract: a valid deal would be 409, so every variation stays refused
		jsonEndpoints.put("/api/partners/" + waiting + "/deals", deal);
		for (Map.Entry<String, Map<String, Object>> endpoint : jsonEndpoints.entrySet()) {
			String path = endpoint.getKey();
			Map<String, Object> valid = endpoint.getValue();
			for (String field : valid.keySet()) {
				// some fields are optional: a missing one comes with a broken e-mail or an unknown partner
				calls.add(path.equals("/api/candidates")
						? post(path, with(without(valid, field), field.equals("contactEmail") ? "country" : "contactEmail", "not an address"))
						: post(path.replace(waiting, "P-0000-00000"), without(valid, field)));
				if (!path.equals("/api/candidates")) {
					calls.add(post(path, without(valid, field)));
				}
				for (Object wrongType : WRONG_TYPES) {
					if (valid.get(field) instanceof Number && wrongType instanceof Integer) {
						continue; // a whole number is the right type for a number field
					}
					calls.add(post(path, with(valid, field, wrongType)));
				}
				for (String hostile : HOSTILE) {
					// as a field the request does not have, or as the name of one
					calls.add(post(path, with(valid, "unexpected", hostile)));
					calls.add(post(path, with(valid, hostile.isEmpty() ? "empty" : abbreviate(hostile), field)));
					// the hostile value together with a broken e-mail, date or reference keeps the request invalid
					Map<String, Object> request = with(valid, field, hostile);
					calls.add(post(path.equals("/api/candidates") ? path : path.replace(waiting, "P-0000-00000"),
							path.equals("/api/candidates") ? with(request, field.equals("contactEmail") ? "country" : "contactEmail", hostile) : request));
				}
			}
			for (String broken : List.of("", "{", "}", "[]", "null", "42", "\"text\"", "{\"a\":", "<xml/>", "{'single':'quotes'}",
					"\u0000\u0001\u0002", "{}".repeat(10_000))) {
				calls.add(new Call("POST", path, "application/json", broken));
			}
			for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "image/png")) {
				calls.add(new Call("POST", path, type, json.writeValueAsString(valid).replace("Valid Co", "Wrong type Co")));
			}
			if (path.contains(waiting)) {
				calls.add(new Call("POST", path.replace(waiting, "P-9999-99999"), "application/json", json.writeValueAsString(valid)));
			}
		}

		// CSV import: files that cannot be read as candidates
		for (String csv : List.of("", "\"unclosed,quote\n", "company\nA\n", "not,a,known,header\n1,2,3,4\n", "\u0000\u0001binary",
				"company,country,market,category,contactName,contactEmail\n\"broken,FR,Retail,VAR,Ann,a@b.example\n",
				"😀,😀\n😀,😀\n", "<script>alert(1)</script>\n", "'; drop table partner; --\n")) {
			calls.add(new Call("POST", "/api/candidates/import", "text/csv", csv));
		}
		calls.add(new Call("POST", "/api/candidates/import", "application/json", "{\"company\":\"x\"}"));

		// reads: bad parameters and unknown or hostile references
		for (String query : List.of("page=-1", "page=abc", "size=0", "size=201", "size=99999999999", "status=FOO",
				"status=" + URLEncoder.encode("<script>", StandardCharsets.UTF_8), "status=" + URLEncoder.encode("'; drop table partner; --", StandardCharsets.UTF_8),
				"page=1.5", "size=-5")) {
			calls.add(new Call("GET", "/api/partners?" + query, null, null));
		}
		for (String hostile : HOSTILE) {
			String encoded = URLEncoder.encode(hostile.length() > 1_000 ? hostile.substring(0, 1_000) : hostile,
					StandardCharsets.UTF_8);
			for (String parameter : List.of("page", "size", "status")) {
				if (hostile.trim().isEmpty()) {
					continue; // a query parameter empty once trimmed (as Spring reads it) means "not given"
				}
				calls.add(new Call("GET", "/api/partners?" + parameter + "=" + encoded, null, null));
			}
			calls.add(new Call("POST", "/api/candidates/import", "text/csv", "company,country\n" + hostile + "\n"));
		}
		for (String reference : List.of("P-0000-00000", "nothing", "%3Cscript%3E", "%27%3B%20drop%20table%20partner%3B--",
				"%F0%9F%98%80", "x".repeat(5_000))) {
			for (String suffix : List.of("", "/deals", "/onboarding-plan")) {
				calls.add(new Call("GET", "/api/partners/" + reference + suffix, null, null));
			}
		}
		leads(calls);
		kpiPeriods(calls);
		// the heat of a diagram (managers): unknown, malformed and hostile process definition ids
		for (String id : List.of("unknown", "partner-recruitment", "partner-recruitment:999:nothing", "%3Cscript%3E",
				"%27%3B%20drop%20table%20ACT_HI_ACTINST%3B--", "%22%20or%201%3D1%20--", "%F0%9F%98%80", "%24%7B7*7%7D",
				"..", "x".repeat(5_000))) {
			calls.add(new Call("GET", "/api/insight/process-definitions/" + id + "/activities", null, null, "mona"));
			calls.add(new Call("GET", "/api/insight/process-definitions/" + id + "/activities?from=yesterday", null, null,
					"mona"));
		}
		// the heat of a diagram is for managers: sent as mona, so that the input is what gets refused, not the user
		calls.add(new Call("GET", "/api/insight/process-definitions//activities", null, null, "mona"));
		calls.add(new Call("GET", "/api/insight/process-definitions/x/activities/more", null, null, "mona"));
		return calls;
	}

	/**
	 * Leads (sent as lena, of the lead cell): fields missing, of the wrong type or hostile (always with a
	 * broken field beside, so nothing may be recorded), broken bodies and files, bad parameters and references.
	 */
	private void leads(List<Call> calls) throws Exception {
		Map<String, Object> lead = new LinkedHashMap<>(Map.of("customerCompany", "Valid Hotel", "customerCountry", "FR",
				"project", "Booking", "market", "Hospitality", "category", "RESELLER", "estimatedValue", 40_000, "source", "Fair"));
		for (String field : lead.keySet()) {
			calls.add(lead(without(lead, field)));
			for (Object wrongType : WRONG_TYPES) {
				// a whole number is the right type for a number field, and an amount has cents
				if (!(lead.get(field) instanceof Number && wrongType instanceof Number)) {
					calls.add(lead(with(lead, field, wrongType)));
				}
			}
			for (String hostile : HOSTILE) {
				calls.add(lead(with(lead, "unexpected", hostile)));
				calls.add(lead(with(with(lead, field, hostile), field.equals("customerCountry") ? "estimatedValue"
						: "customerCountry", "not a country")));
			}
		}
		for (String broken : List.of("", "{", "[]", "null", "\"text\"", "<xml/>", "{}".repeat(10_000))) {
			calls.add(new Call("POST", "/api/leads", "application/json", broken, "lena"));
		}
		calls.add(new Call("POST", "/api/leads", "text/plain", json.writeValueAsString(lead), "lena"));
		for (String csv : List.of("", "\"unclosed,quote\n", "customerCompany\nA\n", "\u0000\u0001binary",
				"customerCompany,customerCountry,project,market,category,estimatedValue,source\n\"broken,FR,P,Retail,VAR,1,S\n")) {
			calls.add(new Call("POST", "/api/leads/import", "text/csv", csv, "lena"));
		}
		for (String query : List.of("page=-1", "size=0", "size=201", "status=FOO", "status=" + URLEncoder.encode("<script>",
				StandardCharsets.UTF_8), "partner=" + URLEncoder.encode("'; drop table partner; --", StandardCharsets.UTF_8),
				"partner=P-0000-00000")) {
			calls.add(new Call("GET", "/api/leads?" + query, null, null, "lena"));
		}
		for (String reference : List.of("L-0000-00000", "%3Cscript%3E", "%27%3B%20drop%20table%20sales_lead%3B--", "x".repeat(5_000))) {
			calls.add(new Call("GET", "/api/leads/" + reference, null, null, "lena"));
		}
	}

	private Call lead(Map<String, Object> body) throws Exception {
		return new Call("POST", "/api/leads", "application/json", json.writeValueAsString(body), "lena");
	}

	/** The manager KPIs (asked as mona, a manager): every period parameter that is not a date, or not a period. */
	private static void kpiPeriods(List<Call> calls) {
		List<String> notDates = new ArrayList<>(List.of("2019-02-30", "2019-13-01", "2019-00-10", "19-01-01", "2019/01/01",
				"01-01-2019", "2019-1-1", "20190101", "2019-01-01T00:00:00Z", "2019-01-01+01:00", "+12019-01-01",
				"-2019-01-01", " 2019-01-01", "2019-01-01 ", "２０１９-01-01", "today", "null"));
		WRONG_TYPES.forEach(wrongType -> notDates.add(String.valueOf(wrongType)));
		HOSTILE.forEach(hostile -> notDates.add(hostile.length() > 1_000 ? hostile.substring(0, 1_000) : hostile));
		for (String notADate : notDates) {
			String encoded = URLEncoder.encode(notADate, StandardCharsets.UTF_8);
			calls.add(kpis("from=" + encoded));
			calls.add(kpis("to=" + encoded));
			calls.add(kpis("from=2019-01-01&to=" + encoded));
			// as the name of a parameter the call does not have
			calls.add(kpis((notADate.isBlank() ? "unexpected" : encoded) + "=2019-01-01"));
		}
		for (String period : List.of("from=2019-12-31&to=2019-01-01", "from=2019-01-02&to=2019-01-01", "from=2009-01-01&to=2019-01-02",
				"from=1000-01-01&to=9999-12-31", "from=9999-12-31", "from=2019-01-01&from=2019-02-01", "to=2019-01-01&to=2019-01-01",
				"from=2019-01-01&to=2019-12-31&year=2019", "page=1", "status=ACTIVE", "from", "to", "from=&to=")) {
			calls.add(kpis(period));
		}
	}

	private static Call kpis(String query) {
		return new Call("GET", "/api/kpis?" + query, null, null, "mona");
	}

	private Call post(String path, Map<String, Object> body) throws Exception {
		return new Call("POST", path, "application/json", json.writeValueAsString(body));
	}

	private static Map<String, Object> with(Map<String, Object> valid, String field, Object value) {
		Map<String, Object> changed = new LinkedHashMap<>(valid);
		changed.put(field, value);
		return changed;
	}

	private static Map<String, Object> without(Map<String, Object> valid, String field) {
		Map<String, Object> changed = new LinkedHashMap<>(valid);
		changed.remove(field);
		return changed;
	}

	private HttpResponse<String> send(Call call) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + call.path()))
			.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((call.user() + ":" + call.user()).getBytes(StandardCharsets.UTF_8)));
		if (call.contentType() != null) {
			request.header("Content-Type", call.contentType());
		}
		return http.send(request.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(call.body())).build(), HttpResponse.BodyHandlers.ofString());
	}

	private Map<String, String> partnerStates() {
		Map<String, String> states = new TreeMap<>();
		jdbc.query("select reference, status, version from partner",
				row -> {
					states.put(row.getString(1), row.getString(2) + "#" + row.getLong(3));
				});
		return states;
	}

	private static String abbreviate(String text) {
		return text == null ? "" : text.length() > 120 ? text.substring(0, 120) + "..." : text;
	}

}
