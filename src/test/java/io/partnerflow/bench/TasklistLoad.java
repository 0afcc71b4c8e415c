package io.partnerflow.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Part 3: Tasklist under load. PartnerFlow (demo profile, H2 file, job executor on) holds over
 * 10,000 open "Approach candidate" tasks of real candidates (listed by the simulator on one day);
 * 20 recruiters at once, through the REST API as Tasklist calls it, run their "My group's tasks"
 * filter (first page, newest first) and submit approach forms. Latency percentiles of each.
 */
final class TasklistLoad {

	private static final int USERS = 20;

	private static final int QUERIES_PER_USER = 50;

	private static final int COMPLETIONS_PER_USER = 25;

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static void measure(Path jar, int openTasks, BenchReport report) throws Exception {
		// about 9 candidates in 10 are eligible and wait to be approached
		int candidates = openTasks * 10 / 9 + 200;
		Path data = Files.createTempDirectory("bench-tasklist");
		try (JarProcess app = JarProcess.launch(jar, List.of("-Xmx1g"),
				List.of("--spring.profiles.active=demo", "--partnerflow.mail-catcher.port=0",
						"--spring.datasource.url=jdbc:h2:file:" + data.resolve("db").toAbsolutePath(),
						"--management.endpoint.health.probes.enabled=true",
						"--partnerflow.simulation.partners=" + candidates, "--partnerflow.simulation.days=1",
						"--partnerflow.simulation.arrival-days=1"),
				Map.of(), Path.of("target", "bench", "tasklist.log"))) {
			app.millisUntilOk("/actuator/health/readiness", Duration.ofMinutes(30));
			String base = "http://127.0.0.1:" + app.port + "/engine-rest";
			long open = JSON.readTree(get(base + "/task/count", "admin").body()).path("count").asLong();
			List<String> users = recruiters(base, USERS);
			String filter = filterId(base, "rita", "My group's tasks");
			List<String> tasks = approachTasks(base, USERS * COMPLETIONS_PER_USER);
			int each = tasks.size() / USERS;

			List<Long> queries = Collections.synchronizedList(new ArrayList<>());
			List<Long> completions = Collections.synchronizedList(new ArrayList<>());
			AtomicInteger failures = new AtomicInteger();
			ExecutorService pool = Executors.newFixedThreadPool(USERS);
			List<Future<?>> running = new ArrayList<>();
			for (int u = 0; u < USERS; u++) {
				String user = users.get(u);
				List<String> mine = tasks.subList(u * each, (u + 1) * each);
				running.add(pool.submit(() -> {
					for (int i = 0; i < QUERIES_PER_USER; i++) {
						long start = System.nanoTime();
						HttpResponse<String> page = post(base + "/filter/" + filter + "/list?firstResult=0&maxResults=15",
								"{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}", user);
						queries.add((System.nanoTime() - start) / 1_000);
						if (page.statusCode() != 200) {
							failures.incrementAndGet();
						}
						if (i % 2 == 0 && i / 2 < mine.size()) {
							start = System.nanoTime();
							HttpResponse<String> done = post(base + "/task/" + mine.get(i / 2) + "/submit-form", approach(), user);
							completions.add((System.nanoTime() - start) / 1_000);
							if (done.statusCode() != 204) {
								failures.incrementAndGet();
							}
						}
					}
					return null;
				}));
			}
			for (Future<?> user : running) {
				user.get();
			}
			pool.shutdown();
			String detail = "%d open tasks, %d users at once, %d failed calls".formatted(open, USERS, failures.get());
			add(report, "Tasklist filter query \"My group's tasks\"", queries, 50, detail);
			add(report, "Task completion (submit-form)", completions, 100, detail);
		}
	}

	private static void add(BenchReport report, String name, List<Long> micros, double targetP95, String detail) {
		List<Long> sorted = new ArrayList<>(micros);
		Collections.sort(sorted);
		double p50 = percentile(sorted, 50);
		double p95 = percentile(sorted, 95);
		double p99 = percentile(sorted, 99);
		report.add(new Figure(name + " p95", p95, "ms", targetP95, true,
				"p50 %.1f ms, p95 %.1f ms, p99 %.1f ms over %d calls; %s".formatted(p50, p95, p99, sorted.size(), detail)));
	}

	private static double percentile(List<Long> sortedMicros, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sortedMicros.size()) - 1;
		return sortedMicros.get(Math.max(0, index)) / 1000.0;
	}

	/** rita, raoul and new recruiters until there are {@code count}, each with password = id. */
	private static List<String> recruiters(String base, int count) throws Exception {
		List<String> users = new ArrayList<>(List.of("rita", "raoul"));
		for (int i = users.size(); i < count; i++) {
			String id = "recruiter" + i;
			post(base + "/user/create", JSON.writeValueAsString(Map.of("profile",
					Map.of("id", id, "firstName", "Bench", "lastName", "Recruiter " + i, "email", id + "@partnerflow.test"),
					"credentials", Map.of("password", id))), "admin");
			put(base + "/group/recruiters/members/" + id, "admin");
			users.add(id);
		}
		return users;
	}

	private static String filterId(String base, String user, String name) throws Exception {
		for (JsonNode filter : JSON.readTree(get(base + "/filter?resourceType=Task", user).body())) {
			if (name.equals(filter.path("name").asText())) {
				return filter.path("id").asText();
			}
		}
		throw new IllegalStateException("No filter " + name);
	}

	private static List<String> approachTasks(String base, int count) throws Exception {
		List<String> ids = new ArrayList<>();
		for (JsonNode task : JSON.readTree(get(base + "/task?taskDefinitionKey=UserTask_ApproachCandidate&firstResult=0&maxResults="
				+ count, "admin").body())) {
			ids.add(task.path("id").asText());
		}
		if (ids.size() < USERS) {
			throw new IllegalStateException("Only " + ids.size() + " tasks to approach");
		}
		return ids;
	}

	private static String approach() {
		String today = LocalDate.now().toString();
		return """
				{"variables":{"meetingDate":{"value":"%s"},"averageDealMargin":{"value":4000},
				"expectedRevenue3Years":{"value":900000},"expectedRoi":{"value":35},"candidateInterested":{"value":"YES"}}}"""
			.formatted(today);
	}

	private static HttpResponse<String> get(String url, String user) throws Exception {
		return HTTP.send(request(url, user).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(String url, String json, String user) throws Exception {
		return HTTP.send(request(url, user).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void put(String url, String user) throws Exception {
		HTTP.send(request(url, user).PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
	}

	private static HttpRequest.Builder request(String url, String user) {
		return HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
	}

	private TasklistLoad() {
	}

}
