package io.partnerflow.bench;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.AppNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * B. Tasklist under load: 10,000 open "Approach candidate" tasks in one PartnerFlow node as
 * {@code ./mvnw spring-boot:run} runs it (demo profile, H2 file, job executor and SMTP catcher on),
 * listed by CSV import and run through their recruitments' jobs. Then 20 recruiters (rita, raoul
 * and 18 more) at once, each without pause: the query of its Tasklist's "My group's tasks" filter
 * (first page of 15, newest first, HAL, as Tasklist asks) and the submission of the form of one of
 * its tasks, interested and not in turn. Targets: query p95 <= 50 ms, completion p95 <= 100 ms.
 * One recruiter working alone first shows what a call costs without contention.
 */
class TasklistBench {

	static final int TASKS = Integer.getInteger("bench.tasklist.tasks", 10_000);

	static final int USERS = Integer.getInteger("bench.tasklist.users", 20);

	/** Query + completion rounds each user does while all are measured. */
	static final int ROUNDS = Integer.getInteger("bench.tasklist.rounds", 40);

	static final int WARM_UP_ROUNDS = 5;

	/** Candidates per imported CSV file while the tasks are opened. */
	static final int IMPORT_FILE = 100;

	static final int ALONE_ROUNDS = 20;

	static final String FILTER = "My group's tasks";

	/** The body Tasklist posts to /filter/{id}/list (camunda-bpm-sdk-js Filter.getTasks). */
	static final String TASKLIST_QUERY = """
			{"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],"firstResult":0,"maxResults":15,\
			"sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}""";

	@TempDir
	Path database;

	record Recruiter(String id, ApiClient api, Queue<String> tasks) {
	}

	/** The calls of one phase: queries and completions, and the wall time the phase took. */
	record Phase(Latencies queries, Latencies completions, AtomicLong nanos, AtomicInteger listed, String[] load) {

		Phase() {
			this(new Latencies(), new Latencies(), new AtomicLong(), new AtomicInteger(), new String[1]);
		}

	}

	@Test
	void twentyRecruitersWorkOnTenThousandOpenTasks() throws Exception {
		AppNode app = new AppNode("tasklist", AppNode.jar(), Map.of("SMTP_PORT", String.valueOf(AppNode.freePort())),
				List.of("--spring.profiles.active=demo", "--partnerflow.simulation.partners=0",
						"--spring.datasource.url=jdbc:h2:file:" + database.resolve("partnerflow").toAbsolutePath()),
				Path.of("target", "bench", "tasklist.log"), "admin", "admin");
		try {
			app.start();
			List<String> users = new ArrayList<>(List.of("rita", "raoul"));
			users.addAll(RecruiterWork.createRecruiters(app, "recruiter", USERS - 2));
			long creating = System.nanoTime();
			openTasks(app, users);
			double creatingSeconds = (System.nanoTime() - creating) / 1e9;
			String createdLoad = Machine.loadAverage();

			List<Recruiter> recruiters = new ArrayList<>();
			for (String user : users) {
				ApiClient api = app.as(user, user);
				recruiters.add(new Recruiter(user, api,
						new ConcurrentLinkedQueue<>(RecruiterWork.openApproachTasks(api, user))));
			}
			String filter = filterId(recruiters.get(0).api());

			Phase alone = work(List.of(recruiters.get(0)), filter, ALONE_ROUNDS);
			work(recruiters, filter, WARM_UP_ROUNDS);
			double nodeBefore = app.cpuTime().toNanos() / 1e9;
			double machineBefore = Machine.busySeconds();
			Phase together = work(recruiters, filter, ROUNDS);
			double seconds = together.nanos().get() / 1e9;
			String cores = "busy cores: the node %.2f, the whole machine (anyone's work) %.2f of %d".formatted(
					(app.cpuTime().toNanos() / 1e9 - nodeBefore) / seconds, (Machine.busySeconds() - machineBefore) / seconds,
					Runtime.getRuntime().availableProcessors());

			String setup = "%d recruitments listed by CSV import (%d recruiters, 2 files at once), each run by its jobs "
				.formatted(TASKS, users.size()) + "to \"Approach candidate\": %.0f tasks/s".formatted(TASKS / creatingSeconds);
			String how = "%d users at once, %d rounds each without pause, %s in %.1f s; the filter showed %d tasks; %s"
				.formatted(users.size(), ROUNDS, calls(together), seconds, together.listed().get(), cores);
			BenchResults.record("B. Tasklist with %,d open tasks".formatted(TASKS), List.of(
					new Figure("%,d open tasks created".formatted(TASKS), creatingSeconds, "s", null, createdLoad, setup),
					new Figure("One recruiter alone: query p50", alone.queries().millis(50), "ms", null, alone.load()[0],
							"p95 %s ms; completion p50 %s ms, p95 %s ms".formatted(Figure.format(alone.queries().millis(95)),
									Figure.format(alone.completions().millis(50)),
									Figure.format(alone.completions().millis(95)))),
					new Figure("\"" + FILTER + "\" query p50", together.queries().millis(50), "ms", null, together.load()[0],
							how),
					new Figure("\"" + FILTER + "\" query p95", together.queries().millis(95), "ms",
							Figure.Target.atMost(50), together.load()[0], null),
					new Figure("\"" + FILTER + "\" query p99", together.queries().millis(99), "ms", null,
							together.load()[0], null),
					new Figure("Task completion (submit-form) p50", together.completions().millis(50), "ms", null,
							together.load()[0], null),
					new Figure("Task completion (submit-form) p95", together.completions().millis(95), "ms",
							Figure.Target.atMost(100), together.load()[0], null),
					new Figure("Task completion (submit-form) p99", together.completions().millis(99), "ms", null,
							together.load()[0], null)));
		}
		finally {
			app.stop();
		}
	}

	/** Each user imports its share of the candidates; waits until every task is open and no job is left. */
	private static void openTasks(AppNode app, List<String> users) throws Exception {
		ExecutorService imports = Executors.newFixedThreadPool(2);
		try {
			List<Future<Object>> files = new ArrayList<>();
			for (int i = 0; i < users.size(); i++) {
				String user = users.get(i);
				int share = TASKS / users.size() + (i < TASKS % users.size() ? 1 : 0);
				// files of IMPORT_FILE candidates: each is answered well within the client's timeout
				for (int first = 1; first <= share; first += IMPORT_FILE) {
					String csv = RecruiterWork.candidatesCsv(user, first, Math.min(IMPORT_FILE, share - first + 1));
					files.add(imports.submit(() -> RecruiterWork.expect(app.as(user, user)
						.send("POST", "/api/candidates/import", "text/csv", csv, ApiClient.JSON), 200)));
				}
			}
			for (Future<Object> file : files) {
				file.get();
			}
		}
		finally {
			imports.shutdown();
		}
		long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
		while (count(app, "/engine-rest/task/count?taskDefinitionKey=" + RecruitmentProcess.APPROACH_CANDIDATE) < TASKS
				|| count(app, "/engine-rest/job/count") > 0) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The tasks were not all open after 30 minutes");
			}
			Thread.sleep(1_000);
		}
	}

	private static long count(AppNode app, String path) throws Exception {
		return RecruiterWork.expect(app.admin().get(path), 200).get("count").asLong();
	}

	private static String filterId(ApiClient recruiter) throws Exception {
		JsonNode filters = RecruiterWork.expect(
				recruiter.get("/engine-rest/filter?maxResults=2000&resourceType=Task&name=" + RecruiterWork.encode(FILTER)), 200);
		return filters.get(0).get("id").asText();
	}

	/** Each recruiter does {@code rounds} rounds of query + completion, all at once. */
	private static Phase work(List<Recruiter> recruiters, String filter, int rounds) throws Exception {
		Phase phase = new Phase();
		CyclicBarrier start = new CyclicBarrier(recruiters.size());
		ExecutorService users = Executors.newFixedThreadPool(recruiters.size());
		try {
			List<Future<Object>> running = new ArrayList<>();
			for (Recruiter recruiter : recruiters) {
				running.add(users.submit(() -> {
					start.await();
					long began = System.nanoTime();
					for (int round = 0; round < rounds; round++) {
						query(recruiter, filter, phase);
						complete(recruiter, round % 2 == 0, phase);
					}
					phase.nanos().accumulateAndGet(System.nanoTime() - began, Math::max);
					return null;
				}));
			}
			for (Future<Object> user : running) {
				user.get();
			}
		}
		finally {
			users.shutdown();
		}
		phase.load()[0] = Machine.loadAverage();
		return phase;
	}

	private static void query(Recruiter recruiter, String filter, Phase phase) throws Exception {
		long began = System.nanoTime();
		HttpResponse<String> page = recruiter.api()
			.send("POST", "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15", ApiClient.JSON,
					TASKLIST_QUERY, ApiClient.HAL);
		long took = System.nanoTime() - began;
		if (page.statusCode() == 200) {
			phase.queries().add(took);
			phase.listed().set(RecruiterWork.JSON.readTree(page.body()).path("count").asInt());
		}
		else {
			phase.queries().failed();
		}
	}

	private static void complete(Recruiter recruiter, boolean interested, Phase phase) throws Exception {
		String task = recruiter.tasks().poll();
		if (task == null) {
			throw new IllegalStateException(recruiter.id() + " has no open task left: raise bench.tasklist.tasks");
		}
		String form = RecruiterWork.approachForm(interested);
		long began = System.nanoTime();
		HttpResponse<String> submitted = recruiter.api()
			.postJson("/engine-rest/task/" + task + "/submit-form", form);
		long took = System.nanoTime() - began;
		if (submitted.statusCode() == 204) {
			phase.completions().add(took);
		}
		else {
			phase.completions().failed();
		}
	}

	private static String calls(Phase phase) {
		String calls = "%d queries and %d completions".formatted(phase.queries().count(), phase.completions().count());
		int failures = phase.queries().failures() + phase.completions().failures();
		return failures == 0 ? calls + " (none failed)" : calls + " (" + failures + " FAILED)";
	}

}
