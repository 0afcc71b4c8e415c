package io.partnerflow.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.AppNode;
import org.junit.jupiter.api.Test;

/**
 * C. Throughput on PostgreSQL: one PartnerFlow node, then two, on a fresh database of the local
 * server (profile postgres, as the cluster tests run them). 8 recruiters at once, each doing one
 * unit of work after the other through the HTTP APIs, the clients spread over the nodes: list a
 * candidate ({@code POST /api/candidates}), wait until its recruitment has registered it and
 * checked its selection criteria (the job executor's work) and asks for the approach, then submit
 * the "Approach candidate" form ({@code /engine-rest}), interested and not in turn. Units
 * completed per second in a fixed window after a warm-up. Target: two nodes at least 1.6 times one.
 */
class PostgresThroughputBench {

	static final int CLIENTS = Integer.getInteger("bench.postgres.clients", 8);

	static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.postgres.warm-up-seconds", 20));

	static final Duration WINDOW = Duration.ofSeconds(Long.getLong("bench.postgres.seconds", 60));

	static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	static final String DATABASE = "partnerflow_bench";

	/** What the nodes' mails go to. */
	final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	/** Processor seconds used so far by the nodes, by the PostgreSQL server (anyone's databases) and by the whole machine. */
	record Usage(double nodes, double postgres, double machine) {

		String coresSince(Usage before, Duration window) {
			double seconds = window.toNanos() / 1e9;
			return "busy cores: nodes %.2f, PostgreSQL server %.2f, whole machine (anyone's work) %.2f of %d".formatted(
					(nodes - before.nodes) / seconds, (postgres - before.postgres) / seconds,
					(machine - before.machine) / seconds, Runtime.getRuntime().availableProcessors());
		}

	}

	record Run(int nodes, int units, int failures, double seconds, Latencies unitTimes, String cores, String load) {

		double perSecond() {
			return units / seconds;
		}

		String detail() {
			return "%d units in %.0f s after %d s of warm-up, %d clients%s; a unit took p50 %s ms, p95 %s ms; %s"
				.formatted(units, seconds, WARM_UP.toSeconds(), CLIENTS, failures == 0 ? "" : ", " + failures + " FAILED",
						Figure.format(unitTimes.millis(50)), Figure.format(unitTimes.millis(95)), cores);
		}

	}

	@Test
	void twoNodesDoMoreWorkThanOne() throws Exception {
		smtp.start();
		try {
			Run one = run(1);
			Run two = run(2);
			BenchResults.record("C. Throughput on PostgreSQL", List.of(
					new Figure("One node: units of work per second", one.perSecond(), "units/s", null, one.load(),
							one.detail()),
					new Figure("Two nodes: units of work per second", two.perSecond(), "units/s", null, two.load(),
							two.detail()),
					Figure.of("Two nodes / one node", two.perSecond() / one.perSecond(), "x", Figure.Target.atLeast(1.6),
							"unit: list a candidate, wait for its \"Approach candidate\" task, submit its form; "
									+ "the nodes and PostgreSQL share this machine's cores")));
		}
		finally {
			smtp.stop();
		}
	}

	/** {@code nodes} nodes on a fresh database, the clients at work for the warm-up and the window. */
	private Run run(int nodes) throws Exception {
		sqlOnServer("drop database if exists " + DATABASE + " with (force)", "create database " + DATABASE);
		List<AppNode> cluster = new ArrayList<>();
		try {
			for (int i = 1; i <= nodes; i++) {
				AppNode node = AppNode.onPostgres("postgres-" + nodes + "-node-" + i, SERVER + DATABASE,
						smtp.getSmtp().getPort(), "bench");
				cluster.add(node);
				node.start(); // one after the other: the first creates the schema
			}
			List<String> recruiters = RecruiterWork.createRecruiters(cluster.get(0), "recruiter", CLIENTS);
			long windowStart = System.nanoTime() + WARM_UP.toNanos();
			long windowEnd = windowStart + WINDOW.toNanos();
			Latencies unitTimes = new Latencies();
			AtomicInteger failures = new AtomicInteger();
			ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
			try {
				List<Future<Object>> running = new ArrayList<>();
				for (int c = 0; c < CLIENTS; c++) {
					String user = recruiters.get(c);
					ApiClient api = cluster.get(c % nodes).as(user, user);
					String key = nodes + "-" + user;
					running.add(clients.submit(() -> {
						for (int unit = 0; System.nanoTime() < windowEnd; unit++) {
							long began = System.nanoTime();
							boolean done = unitOfWork(api, key + "-" + unit, unit % 2 == 0);
							long ended = System.nanoTime();
							if (ended >= windowStart && ended < windowEnd) {
								if (done) {
									unitTimes.add(ended - began);
								}
								else {
									failures.incrementAndGet();
								}
							}
						}
						return null;
					}));
				}
				Usage before = usageAt(windowStart, cluster);
				Usage after = usageAt(windowEnd, cluster);
				for (Future<Object> client : running) {
					client.get();
				}
				return new Run(nodes, unitTimes.count(), failures.get(), WINDOW.toNanos() / 1e9, unitTimes,
						after.coresSince(before, WINDOW), Machine.loadAverage());
			}
			finally {
				clients.shutdown();
			}
		}
		finally {
			for (AppNode node : cluster) {
				node.stop();
			}
		}
	}

	/** Lists a candidate, waits for its "Approach candidate" task and submits its form; false if a step failed. */
	private static boolean unitOfWork(ApiClient recruiter, String key, boolean interested) throws Exception {
		HttpResponse<String> listed = recruiter.postJson("/api/candidates", RecruiterWork.candidateJson(key));
		if (listed.statusCode() != 201) {
			return false;
		}
		String reference = RecruiterWork.JSON.readTree(listed.body()).get("reference").asText();
		String task = null;
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (task == null && System.nanoTime() < deadline) {
			HttpResponse<String> found = recruiter.get("/engine-rest/task?processInstanceBusinessKey=" + reference
					+ "&taskDefinitionKey=" + RecruitmentProcess.APPROACH_CANDIDATE + "&maxResults=2000");
			if (found.statusCode() != 200) {
				return false;
			}
			JsonNode tasks = RecruiterWork.JSON.readTree(found.body());
			if (tasks.isEmpty()) {
				Thread.sleep(50);
			}
			else {
				task = tasks.get(0).get("id").asText();
			}
		}
		return task != null && recruiter
			.postJson("/engine-rest/task/" + task + "/submit-form", RecruiterWork.approachForm(interested))
			.statusCode() == 204;
	}

	/** Waits until {@code moment} (System.nanoTime), then reads who used how much processor time. */
	private static Usage usageAt(long moment, List<AppNode> cluster) throws InterruptedException {
		long wait = moment - System.nanoTime();
		if (wait > 0) {
			Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
		}
		double nodes = cluster.stream().mapToDouble(node -> node.cpuTime().toNanos() / 1e9).sum();
		double postgres = ProcessHandle.allProcesses()
			.filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false))
			.mapToDouble(process -> process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e9)
			.sum();
		return new Usage(nodes, postgres, Machine.busySeconds());
	}

	private static void sqlOnServer(String... statements) throws SQLException {
		try (Connection db = DriverManager.getConnection(SERVER + "test", "postgres", "");
				Statement sql = db.createStatement()) {
			for (String statement : statements) {
				sql.execute(statement);
			}
		}
	}

}
