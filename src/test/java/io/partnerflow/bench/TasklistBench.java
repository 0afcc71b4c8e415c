package io.partnerflow.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.AppNode;
import io.partnerflow.support.Scrape;
import io.partnerflow.support.WebappSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * B. Tasklist at volume: 10,000 open "Approach candidate" tasks in one PartnerFlow node, on the
 * embedded H2 file ({@code ./mvnw spring-boot:run}'s database) and on the local PostgreSQL server,
 * listed by CSV import and run through their recruitments' jobs by 20 recruiters, each signed into
 * Tasklist and calling the engine as Tasklist does (the webapps' engine API under the session, not
 * /engine-rest with a password a call). On each database:
 * <ul>
 * <li>one recruiter alone: its Tasklist's "My group's tasks" filter (first page of 15 and the count,
 * newest first, HAL, as Tasklist asks) and the submission of the form of one of its tasks, in turn;</li>
 * <li>the 20 at Tasklist's own rhythm: each refreshes its list every 10 s and completes a task every
 * 30 s, starting at moments of its own;</li>
 * <li>saturation: the 20 without pause, calls per second, beside the same node on the same data with
 * the engine's authorization checks off (restarted with {@code camunda.bpm.authorization.enabled=false}):
 * the price of the rights.</li>
 * </ul>
 */
class TasklistBench {

	static final int TASKS = Integer.getInteger("bench.tasklist.tasks", 10_000);

	static final int USERS = Integer.getInteger("bench.tasklist.users", 20);

	static final Duration RHYTHM = Duration.ofSeconds(Long.getLong("bench.tasklist.rhythm-seconds", 90));

	static final Duration SATURATION = Duration.ofSeconds(Long.getLong("bench.tasklist.saturation-seconds", 30));

	static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.tasklist.warm-up-seconds", 20));

	static final Duration REFRESH = Duration.ofSeconds(10);

	static final Duration COMPLETION_EVERY = Duration.ofSeconds(30);

	/** Candidates per imported CSV file while the tasks are opened. */
	static final int IMPORT_FILE = 100;

	static final int ALONE_ROUNDS = 30;

	static final String FILTER = "My group's tasks";

	/** The filter service's timer on the node (README, "Monitoring"), as Prometheus names it. */
	static final String FILTER_TIMER = "partnerflow_tasklist_filter_seconds";

	static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	static final String DATABASE = "partnerflow_tasklist";

	/** The body Tasklist posts to /filter/{id}/list (camunda-bpm-sdk-js Filter.getTasks). */
	static final String TASKLIST_QUERY = """
			{"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],"firstResult":0,"maxResults":15,\
			"sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}""";

	@TempDir
	Path database;

	/**
	 * A recruiter: its API client (set-up, as the engine's REST API with HTTP Basic) and its Tasklist
	 * session (the measured calls, as Tasklist makes them: signed in once, then the webapps' engine API
	 * under the session's cookie and CSRF token, no password checked per call).
	 */
	record Recruiter(String id, ApiClient api, WebappSession tasklist, Queue<String> tasks) {
	}

	/** Tasklist's way to the engine: the webapps' own engine API, behind their login. */
	static final String TASKLIST_ENGINE = "/camunda/api/engine/engine/default";

	/** The calls of one phase: queries and completions, and the wall time the phase took. */
	record Phase(Latencies queries, Latencies completions, AtomicLong nanos, AtomicInteger listed, String[] load) {

		Phase() {
			this(new Latencies(), new Latencies(), new AtomicLong(), new AtomicInteger(), new String[1]);
		}

		double callsPerSecond() {
			return (queries.count() + completions.count()) / (nanos.get() / 1e9);
		}

	}

	@Test
	void onTheEmbeddedH2File() throws Exception {
		// the demo's own H2 file database (its URL and settings), in a directory of this run
		run("H2 file", authorization -> new AppNode("tasklist-h2", AppNode.jar(),
				Map.of("SMTP_PORT", String.valueOf(AppNode.freePort())),
				List.of("--spring.profiles.active=demo", "--partnerflow.simulation.partners=0",
						"--partnerflow.demo.data-dir=" + database.toAbsolutePath(),
						"--camunda.bpm.authorization.enabled=" + authorization),
				Path.of("target", "bench", "tasklist-h2-" + (authorization ? "rights" : "no-rights") + ".log"), "admin", "admin")
			.withDemoPart());
	}

	@Test
	void onPostgresql() throws Exception {
		try (Connection server = DriverManager.getConnection(SERVER + "test", "postgres", "");
				Statement sql = server.createStatement()) {
			sql.execute("drop database if exists " + DATABASE + " with (force)");
			sql.execute("create database " + DATABASE);
		}
		GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		try {
			run("PostgreSQL", authorization -> AppNode.onPostgres("tasklist-postgres-" + (authorization ? "rights" : "no-rights"),
					SERVER + DATABASE, smtp.getSmtp().getPort(), "bench",
					"--camunda.bpm.authorization.enabled=" + authorization), TasklistBench::analyse);
		}
		finally {
			smtp.stop();
		}
		plans();
	}

	/**
	 * The statements Camunda runs for the filter's page as a recruiter (the filter's order, earliest
	 * due first, then Tasklist's, newest first), and PartnerFlow's quick ones.
	 */
	static final String CAMUNDA_PAGE = """
			select distinct RES.* from ACT_RU_TASK RES left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
			left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
			left join (SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND (A.USER_ID_ in ('recruiter01', '*')
			  OR A.GROUP_ID_ IN ('recruiters')) AND ((A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2
			  OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64))) AUTH ON (AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*'))
			WHERE (1 = 1 and (I.TYPE_ = 'candidate' and (I.GROUP_ID_ IN ('recruiters'))) and RES.SUSPENSION_STATE_ = 1)
			and ((RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL)) and (RES.TENANT_ID_ is null)
			order by RES.DUE_DATE_ asc, RES.CREATE_TIME_ desc LIMIT 15 OFFSET 0""";

	static final String QUICK_PAGE = """
			select RES.* from ACT_RU_TASK RES where RES.SUSPENSION_STATE_ = 1 and exists (select 1 from ACT_RU_IDENTITYLINK C
			where C.TASK_ID_ = RES.ID_ and C.TYPE_ = 'candidate' and C.GROUP_ID_ in ('recruiters'))
			order by RES.DUE_DATE_ asc, RES.CREATE_TIME_ desc, RES.ID_ asc LIMIT 15 OFFSET 0""";

	static final String QUICK_COUNT = """
			select count(*) from ACT_RU_TASK RES where RES.SUSPENSION_STATE_ = 1 and exists (select 1 from ACT_RU_IDENTITYLINK C
			where C.TASK_ID_ = RES.ID_ and C.TYPE_ = 'candidate' and C.GROUP_ID_ in ('recruiters'))""";

	/**
	 * EXPLAIN ANALYZE of Camunda's page statement and of the quick page and count on the data the
	 * run left: the plans go to target/bench/tasklist-postgres-plans.txt, their times to the results.
	 */
	private static void plans() throws Exception {
		StringBuilder all = new StringBuilder();
		List<Figure> figures = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
				Statement sql = db.createStatement()) {
			for (Map.Entry<String, String> statement : List.of(Map.entry("Camunda's page statement, authorization joined", CAMUNDA_PAGE),
					Map.entry("Quick page statement", QUICK_PAGE), Map.entry("Quick count statement", QUICK_COUNT))) {
				all.append("== ").append(statement.getKey()).append('\n').append(statement.getValue()).append("\n\n");
				double millis = Double.NaN;
				try (java.sql.ResultSet plan = sql.executeQuery("explain (analyze, costs off) " + statement.getValue())) {
					while (plan.next()) {
						String line = plan.getString(1);
						all.append(line).append('\n');
						if (line.startsWith("Execution Time:")) {
							millis = Double.parseDouble(line.replaceAll("[^0-9.]", ""));
						}
					}
				}
				all.append('\n');
				figures.add(Figure.of("EXPLAIN ANALYZE: " + statement.getKey(), millis, "ms", null,
						"as recruiter01 on the data left; plan in target/bench/tasklist-postgres-plans.txt"));
			}
		}
		java.nio.file.Files.createDirectories(Path.of("target", "bench"));
		java.nio.file.Files.writeString(Path.of("target", "bench", "tasklist-postgres-plans.txt"), all);
		BenchResults.record("B. Tasklist statements on PostgreSQL", figures);
	}

	interface Node {

		AppNode withAuthorization(boolean on) throws IOException;

	}

	/** What the database does on its own after the import, before anybody lists a task. */
	interface AfterImport {

		void run() throws Exception;

	}

	/**
	 * VACUUM (ANALYZE) of the database, as a production server's autovacuum does within a minute of
	 * a bulk import (10% of a table's rows changed). This machine's server runs with
	 * {@code autovacuum = off} (conf.d/90-ci.conf, for the tests): without statistics its planner
	 * guessed one row for every table and chose nested loops over the 10,000 tasks (quick page
	 * 30 ms, count 25 ms, against 0.2 ms and 7 ms once analysed), which no server in use would do.
	 */
	private static void analyse() throws Exception {
		try (Connection db = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
				Statement sql = db.createStatement()) {
			sql.execute("vacuum (analyze)");
		}
	}

	private void run(String databaseName, Node nodes) throws Exception {
		run(databaseName, nodes, () -> {
			// H2 analyses a table on its own after 2,000 changed rows (ANALYZE_AUTO)
		});
	}

	private void run(String databaseName, Node nodes, AfterImport afterImport) throws Exception {
		AppNode app = nodes.withAuthorization(true);
		Phase alone;
		Phase rhythm;
		Phase saturated;
		Phase bare;
		double rhythmOnServer;
		double rhythmCountOnServer;
		double creatingSeconds;
		String createdLoad;
		List<Recruiter> recruiters = new ArrayList<>();
		String filter;
		try {
			app.start();
			List<String> users = RecruiterWork.createRecruiters(app, "recruiter", USERS);
			long creating = System.nanoTime();
			openTasks(app, users);
			creatingSeconds = (System.nanoTime() - creating) / 1e9;
			createdLoad = Machine.loadAverage();
			afterImport.run();
			for (String user : users) {
				ApiClient api = app.as(user, user);
				recruiters.add(new Recruiter(user, api, new WebappSession(app.port).signIn(user, "tasklist"),
						new ConcurrentLinkedQueue<>(RecruiterWork.openApproachTasks(api, user))));
			}
			filter = filterId(recruiters.get(0).api());
			work(List.of(recruiters.get(0)), filter, 5); // warm-up
			alone = work(List.of(recruiters.get(0)), filter, ALONE_ROUNDS);
			drainJobs(app);
			Scrape beforeRhythm = app.metrics();
			rhythm = rhythm(recruiters, filter);
			rhythmOnServer = app.metrics().quantileSince(beforeRhythm, 0.95, FILTER_TIMER, "call=\"list\"") * 1000;
			rhythmCountOnServer = app.metrics().quantileSince(beforeRhythm, 0.95, FILTER_TIMER, "call=\"count\"") * 1000;
			saturate(recruiters, filter, WARM_UP); // as the yardstick below gets
			drainJobs(app);
			saturated = saturate(recruiters, filter, SATURATION);
			// the recruitments the completions went on with: a job still locked by this node when it
			// stops would wait out its lock (5 minutes) before the next node may run it
			drainJobs(app);
		}
		finally {
			app.stop();
		}
		AppNode withoutRights = nodes.withAuthorization(false);
		try {
			withoutRights.start();
			List<Recruiter> same = new ArrayList<>();
			for (Recruiter recruiter : recruiters) {
				same.add(new Recruiter(recruiter.id(), withoutRights.as(recruiter.id(), recruiter.id()),
						new WebappSession(withoutRights.port).signIn(recruiter.id(), "tasklist"), recruiter.tasks()));
			}
			work(List.of(same.get(0)), filter, 5);
			saturate(same, filter, WARM_UP); // a fresh JVM: its compiler warms up first
			drainJobs(withoutRights);
			bare = saturate(same, filter, SATURATION);
		}
		finally {
			withoutRights.stop();
		}
		String setup = "%d recruitments listed by CSV import (%d recruiters, 2 files at once), each run by its jobs "
			.formatted(TASKS, USERS) + "to \"Approach candidate\": %.0f tasks/s".formatted(TASKS / creatingSeconds);
		double ratio = saturated.callsPerSecond() / bare.callsPerSecond();
		BenchResults.record("B. Tasklist with %,d open tasks, %s".formatted(TASKS, databaseName), List.of(
				new Figure("%,d open tasks created".formatted(TASKS), creatingSeconds, "s", null, createdLoad, setup),
				new Figure("One recruiter alone: \"" + FILTER + "\" page + count p95", alone.queries().millis(95), "ms",
						Figure.Target.atMost(50), alone.load()[0],
						"p50 %s ms; the filter showed %d tasks".formatted(Figure.format(alone.queries().millis(50)),
								alone.listed().get())),
				new Figure("One recruiter alone: task completion p95", alone.completions().millis(95), "ms",
						Figure.Target.atMost(100), alone.load()[0],
						"p50 %s ms".formatted(Figure.format(alone.completions().millis(50)))),
				new Figure("%d recruiters at Tasklist's rhythm: query p95".formatted(USERS), rhythm.queries().millis(95), "ms",
						Figure.Target.atMost(100), rhythm.load()[0],
						"each refreshes every %d s and completes a task every %d s, for %d s: %s; p50 %s ms".formatted(
								REFRESH.toSeconds(), COMPLETION_EVERY.toSeconds(), RHYTHM.toSeconds(), calls(rhythm),
								Figure.format(rhythm.queries().millis(50)))),
				new Figure("%d recruiters at Tasklist's rhythm: completion p95".formatted(USERS),
						rhythm.completions().millis(95), "ms", Figure.Target.atMost(150), rhythm.load()[0],
						"p50 %s ms".formatted(Figure.format(rhythm.completions().millis(50)))),
				new Figure("%d recruiters at Tasklist's rhythm: filter page p95 on the server".formatted(USERS), rhythmOnServer,
						"ms", null, rhythm.load()[0], ("count p95 %s ms; the node's own timer of its filter service, "
								+ "read from /actuator/prometheus (%s, estimated within its buckets)")
							.formatted(Figure.format(rhythmCountOnServer), FILTER_TIMER)),
				new Figure("Saturation, %d without pause: calls per second".formatted(USERS), saturated.callsPerSecond(), "/s",
						null, saturated.load()[0], "%s in %.1f s; query p95 %s ms, completion p95 %s ms".formatted(calls(saturated),
								saturated.nanos().get() / 1e9, Figure.format(saturated.queries().millis(95)),
								Figure.format(saturated.completions().millis(95)))),
				new Figure("Yardstick: the same node and data, authorization off", bare.callsPerSecond(), "/s", null,
						bare.load()[0], "%s in %.1f s; query p95 %s ms".formatted(calls(bare), bare.nanos().get() / 1e9,
								Figure.format(bare.queries().millis(95)))),
				new Figure("Saturation with rights / without", ratio, "x", Figure.Target.atLeast(0.8), bare.load()[0], null)));
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

	/**
	 * Waits until the node has no job left (the recruitments earlier completions went on with), so
	 * that each phase measures Tasklist's calls, not the backlog of the one before.
	 */
	private static void drainJobs(AppNode app) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		while (count(app, "/engine-rest/job/count?executable=true") > 0) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Jobs still due after 10 minutes");
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
		return together(recruiters, (recruiter, phase) -> {
			for (int round = 0; round < rounds; round++) {
				query(recruiter, filter, phase);
				complete(recruiter, round % 2 == 0, phase);
			}
		});
	}

	/** Rounds of query + completion without pause, for so long. */
	private static Phase saturate(List<Recruiter> recruiters, String filter, Duration duration) throws Exception {
		long until = System.nanoTime() + duration.toNanos();
		return together(recruiters, (recruiter, phase) -> {
			for (int round = 0; System.nanoTime() < until; round++) {
				query(recruiter, filter, phase);
				complete(recruiter, round % 2 == 0, phase);
			}
		});
	}

	/**
	 * Tasklist's rhythm for {@link #RHYTHM}: a refresh every {@link #REFRESH} and a completion every
	 * {@link #COMPLETION_EVERY}, the users' moments spread evenly over a refresh, and each completion
	 * half a step after another user's refresh. (An offset derived from the user's id put all 20
	 * within a millisecond, since ids that differ in their last character have hashes that differ by
	 * 1: every refresh and every completion came as one burst of 20, not Tasklist's rhythm.)
	 */
	private static Phase rhythm(List<Recruiter> recruiters, String filter) throws Exception {
		long began = System.nanoTime();
		long until = began + RHYTHM.toNanos();
		return together(recruiters, (recruiter, phase) -> {
			long offset = firstRefresh(recruiters.indexOf(recruiter), recruiters.size());
			long nextQuery = began + offset;
			long nextCompletion = began + offset + REFRESH.toNanos() / 2 + firstRefresh(1, recruiters.size()) / 2;
			int round = 0;
			while (true) {
				long next = Math.min(nextQuery, nextCompletion);
				if (next >= until) {
					return;
				}
				Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
				if (nextQuery <= nextCompletion) {
					query(recruiter, filter, phase);
					nextQuery += REFRESH.toNanos();
				}
				else {
					complete(recruiter, round++ % 2 == 0, phase);
					nextCompletion += COMPLETION_EVERY.toNanos();
				}
			}
		});
	}

	/** When the user at {@code position} of {@code users} first refreshes, in nanoseconds after the start. */
	static long firstRefresh(int position, int users) {
		return position * (REFRESH.toNanos() / users);
	}

	interface UserWork {

		void run(Recruiter recruiter, Phase phase) throws Exception;

	}

	private static Phase together(List<Recruiter> recruiters, UserWork work) throws Exception {
		Phase phase = new Phase();
		CyclicBarrier start = new CyclicBarrier(recruiters.size());
		ExecutorService users = Executors.newFixedThreadPool(recruiters.size());
		try {
			List<Future<Object>> running = new ArrayList<>();
			for (Recruiter recruiter : recruiters) {
				running.add(users.submit(() -> {
					start.await();
					long began = System.nanoTime();
					work.run(recruiter, phase);
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
		HttpResponse<String> page = recruiter.tasklist()
			.send("POST", TASKLIST_ENGINE + "/filter/" + filter + "/list?firstResult=0&maxResults=15", TASKLIST_QUERY,
					ApiClient.HAL);
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
		HttpResponse<String> submitted = recruiter.tasklist()
			.send("POST", TASKLIST_ENGINE + "/task/" + task + "/submit-form", form, ApiClient.JSON);
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
