package io.partnerflow.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.AppNode;
import io.partnerflow.system.Groups;

/**
 * What a recruiter does in the benchmark, through the HTTP APIs only: its user, the candidates it
 * lists (eligible, each one unique), the "Approach candidate" form it submits as Tasklist does.
 */
final class RecruiterWork {

	static final ObjectMapper JSON = new ObjectMapper();

	private static final String CSV_HEADER = "company,country,market,category,contactName,contactEmail,website,"
			+ "annualRevenue,salesStaff,technicalStaff,competingSuppliers\n";

	private RecruiterWork() {
	}

	/** Creates {@code count} users PREFIX01, PREFIX02... in group recruiters; each password is the user id. */
	static List<String> createRecruiters(AppNode node, String prefix, int count) throws Exception {
		List<String> users = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			String id = prefix + "%02d".formatted(i);
			expect(node.admin().postJson("/engine-rest/user/create", JSON.writeValueAsString(Map.of("profile",
					Map.of("id", id, "firstName", "Bench", "lastName", "Recruiter " + i, "email", id + "@partnerflow.test"),
					"credentials", Map.of("password", id)))), 204);
			expect(node.admin().send("PUT", "/engine-rest/group/" + Groups.RECRUITERS + "/members/" + id, null, null,
					ApiClient.JSON), 204);
			users.add(id);
		}
		return users;
	}

	/** A candidate the selection criteria find eligible; {@code key} makes its company and domain unique. */
	static Map<String, Object> candidate(String key) {
		Map<String, Object> candidate = new LinkedHashMap<>();
		candidate.put("company", "Bench company " + key);
		candidate.put("country", "FR");
		candidate.put("market", "Retail");
		candidate.put("category", "RESELLER");
		candidate.put("contactName", "Contact " + key);
		candidate.put("contactEmail", "contact@" + key + ".bench.example");
		candidate.put("website", "");
		candidate.put("annualRevenue", 2_000_000);
		candidate.put("salesStaff", 5);
		candidate.put("technicalStaff", 3);
		candidate.put("competingSuppliers", 5);
		return candidate;
	}

	/** The body of {@code POST /api/candidates}. */
	static String candidateJson(String key) throws IOException {
		Map<String, Object> candidate = candidate(key);
		candidate.remove("website");
		return JSON.writeValueAsString(candidate);
	}

	/** A CSV file for {@code POST /api/candidates/import}: {@code count} candidates KEY-first, KEY-(first + 1)... */
	static String candidatesCsv(String key, int first, int count) {
		StringBuilder csv = new StringBuilder(CSV_HEADER);
		for (int i = first; i < first + count; i++) {
			csv.append(String.join(",", candidate(key + "-" + i).values().stream().map(String::valueOf).toList()))
				.append('\n');
		}
		return csv.toString();
	}

	/** The "Approach candidate" form filled in, as Tasklist submits it ({@code /engine-rest/task/{id}/submit-form}). */
	static String approachForm(boolean interested) throws IOException {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(RecruitmentProcess.MEETING_DATE, variable(LocalDate.now(java.time.ZoneOffset.UTC).toString(), "String"));
		variables.put(RecruitmentProcess.AVERAGE_DEAL_MARGIN, variable(4_000, "Long"));
		variables.put(RecruitmentProcess.EXPECTED_REVENUE_3_YEARS, variable(900_000, "Long"));
		variables.put(RecruitmentProcess.EXPECTED_ROI, variable(25, "Long"));
		variables.put(RecruitmentProcess.CANDIDATE_INTERESTED,
				variable(interested ? RecruitmentProcess.INTERESTED_YES : RecruitmentProcess.INTERESTED_NO, "String"));
		return JSON.writeValueAsString(Map.of("variables", variables));
	}

	private static Map<String, Object> variable(Object value, String type) {
		return Map.of("value", value, "type", type);
	}

	/** The ids of the user's open "Approach candidate" tasks, oldest first. */
	static List<String> openApproachTasks(ApiClient user, String userId) throws Exception {
		JsonNode tasks = expect(user.get("/engine-rest/task?assignee=" + encode(userId) + "&taskDefinitionKey="
				+ RecruitmentProcess.APPROACH_CANDIDATE + "&sortBy=created&sortOrder=asc&maxResults=2000"), 200);
		List<String> ids = new ArrayList<>();
		tasks.forEach(task -> ids.add(task.get("id").asText()));
		return ids;
	}

	/** The body of a response of the expected status, read as JSON (null when empty). */
	static JsonNode expect(HttpResponse<String> response, int status) throws IOException {
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
					+ response.statusCode() + " instead of " + status + ": " + response.body());
		}
		return response.body().isEmpty() ? null : JSON.readTree(response.body());
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
