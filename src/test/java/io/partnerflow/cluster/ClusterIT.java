package io.partnerflow.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.partnerflow.support.AppNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two PartnerFlow nodes on one PostgreSQL database, as the README's "Several nodes" describes:
 * timers fire once each and both nodes take a share; a node killed with kill -9 in the middle of
 * a load loses no mail (a mail being recorded at that moment may arrive twice under one
 * Message-ID); a database outage answers 503 and the node serves
 * again when the database is back. Run by {@code ./mvnw verify -Pcluster} (and {@code .ci/run}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

	static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	static final String DATABASE = "partnerflow_cluster";

	/** The most job threads a node runs at once (Camunda's default {@code max-pool-size}). */
	static final int JOB_THREADS = 10;

	static final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	static AppNode nodeA;

	static AppNode nodeB;

	@BeforeAll
	static void twoNodesOnAFreshDatabase() throws Exception {
		sqlOnServer("drop database if exists " + DATABASE + " with (force)", "create database " + DATABASE);
		smtp.start();
		int smtpPort = smtp.getSmtp().getPort();
		nodeA = node("node-a", smtpPort);
		nodeB = node("node-b", smtpPort);
		nodeA.start(); // the first node creates the schema; then the second joins
		nodeB.start();
	}

	@AfterAll
	static void stopAll() throws Exception {
		for (AppNode node : new AppNode[] { nodeA, nodeB }) {
			if (node != null) {
				node.stop();
			}
		}
		smtp.stop();
	}

	@Test
	@Order(1)
	void aThousandTimersDueAtOneMomentFireOnceEachOnBothNodes() throws Exception {
		// given 1,000 instances waiting for the same moment
		assertThat(nodeA.admin().deploy("cluster-timer", model("cluster-timer.bpmn")).statusCode()).isEqualTo(200);
		Date due = Date.from(Instant.now().plusSeconds(45));
		String body = "{\"variables\":{\"dueAt\":{\"value\":\"" + restDate(due) + "\",\"type\":\"Date\"}}}";
		startInstances("cluster-timer", 1_000, i -> body, nodeA, nodeB);
		assertThat(new Date()).as("all started before the due moment").isBefore(due);

		// when the moment comes
		waitUntil(Duration.ofMinutes(3), () -> finished("cluster-timer") == 1_000);

		// then each timer fired exactly once, and both nodes fired a fair share
		Map<String, Integer> byNode = firedTimersByNode();
		System.out.printf("CLUSTER timers fired: %d of 1000, by node %s%n",
				byNode.values().stream().mapToInt(Integer::intValue).sum(), byNode);
		assertThat(scalar("select count(distinct job_id_) from act_hi_job_log where process_def_key_ = 'cluster-timer' and job_state_ = 2"))
			.isEqualTo(1_000);
		assertThat(byNode.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1_000);
		assertThat(byNode).containsOnlyKeys("node-a", "node-b");
		assertThat(byNode.values()).allSatisfy(share -> assertThat(share).isGreaterThanOrEqualTo(200));
	}

	@Test
	@Order(2)
	void aNodeKilledInTheMiddleOfALoadLosesNoMailAndAnyCopyCarriesItsMessageId() throws Exception {
		// given 300 partners, each to be told by mail
		int partners = 300;
		List<String> references = insertPartners(partners);
		assertThat(nodeA.admin().deploy("cluster-mail", model("cluster-mail.bpmn")).statusCode()).isEqualTo(200);
		CompletableFuture<Void> starting = CompletableFuture.runAsync(() -> startInstances("cluster-mail", partners,
				i -> "{\"businessKey\":\"" + references.get(i) + "\"}", nodeB));

		// when node A is killed once about a third of the mails went out
		waitUntil(Duration.ofMinutes(2), () -> smtp.getReceivedMessages().length >= partners / 3);
		nodeA.kill();
		int atKill = smtp.getReceivedMessages().length;
		starting.get();

		// then node B finishes every instance
		waitUntil(Duration.ofMinutes(3), () -> finished("cluster-mail") == partners);

		// and after node A is back, nothing more is sent: every partner got its mail, once
		nodeA.start();
		// (the engine's own history cleanup job waits for its nightly window: only the load's jobs count)
		waitUntil(Duration.ofSeconds(30), () -> scalar("select count(*) from act_ru_job where process_def_key_ = 'cluster-mail'") == 0);
		MimeMessage[] received = smtp.getReceivedMessages();
		long distinct = Arrays.stream(received).map(ClusterIT::messageId).distinct().count();
		long recorded = scalar("select count(*) from notification where idempotency_key like '%/ServiceTask_TellPartner'");
		long copies = received.length - distinct;
		System.out.printf("CLUSTER mails: %d delivered (%d distinct Message-IDs, %d copies) of %d expected; %d recorded; %d delivered when node-a was killed%n",
				received.length, distinct, copies, partners, recorded, atKill);
		assertThat(distinct).as("mails delivered").isEqualTo(partners);
		assertThat(Arrays.stream(received).map(ClusterIT::firstRecipient).distinct().count()).isEqualTo(partners);
		assertThat(recorded).isEqualTo(partners);
		// a copy can only come from a mail whose final dot had left node A while its record was being
		// inserted: at most one per job thread it had
		assertThat(copies).as("copies, each under the Message-ID of its mail").isLessThanOrEqualTo(JOB_THREADS);
	}

	@Test
	@Order(3)
	void aDatabaseOutageAnswers503AndTheNodeServesAgainWhenItIsBack() throws Exception {
		long partnersBefore = scalar("select count(*) from partner");
		try {
			// given the database refuses connections
			sqlOnServer("alter database " + DATABASE + " allow_connections false",
					"select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + DATABASE + "'");

			// when a user asks for partners
			HttpResponse<String> during = nodeB.admin().get("/api/partners");

			// then a clear 503 with a problem body
			assertThat(during.statusCode()).as(during.body()).isEqualTo(503);
			assertThat(during.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(during.body()).contains("database");
		}
		finally {
			sqlOnServer("alter database " + DATABASE + " allow_connections true");
		}
		// and once the database is back, the node serves again without a restart
		waitUntil(Duration.ofSeconds(30), () -> {
			try {
				return nodeB.admin().get("/api/partners").statusCode() == 200;
			}
			catch (Exception e) {
				return false;
			}
		});
		assertThat(scalar("select count(*) from partner")).isEqualTo(partnersBefore);
	}

	private static AppNode node(String name, int smtpPort) throws IOException {
		return AppNode.onPostgres(name, SERVER + DATABASE, smtpPort, "cluster",
				// a killed node's locked jobs go to the other node after 15 s
				"--camunda.bpm.job-execution.lock-time-in-millis=15000",
				"--spring.datasource.hikari.connection-timeout=2000");
	}

	/** Starts instances through the engine's REST API of the given nodes, in turn, four at a time. */
	private static void startInstances(String key, int count, IntFunction<String> body, AppNode... nodes) {
		ExecutorService clients = Executors.newFixedThreadPool(4);
		AtomicInteger failures = new AtomicInteger();
		try {
			List<Future<Object>> calls = IntStream.range(0, count).mapToObj(i -> clients.submit(() -> {
				AppNode node = nodes[i % nodes.length];
				HttpResponse<String> response = node.admin().postJson("/engine-rest/process-definition/key/" + key + "/start",
						body.apply(i));
				if (response.statusCode() != 200) {
					failures.incrementAndGet();
				}
				return (Object) null;
			})).toList();
			for (Future<Object> call : calls) {
				call.get();
			}
		}
		catch (InterruptedException | ExecutionException e) {
			throw new IllegalStateException("Starting " + key + " instances failed", e);
		}
		finally {
			clients.shutdown();
		}
		assertThat(failures.get()).as("failed starts").isZero();
	}

	private static List<String> insertPartners(int count) throws SQLException {
		try (Connection db = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
				PreparedStatement insert = db.prepareStatement("""
						insert into partner (reference, company, country, market, category, contact_name, contact_email,
						    contact_domain, recruiter, status, listed_at, version)
						values (?, ?, 'FR', 'Retail', 'RESELLER', 'Cluster Contact', ?, ?, 'admin', 'CANDIDATE', ?, 0)""")) {
			List<String> references = IntStream.range(0, count).mapToObj(i -> "P-2026-%05d".formatted(90_000 + i)).toList();
			for (int i = 0; i < count; i++) {
				String domain = "cluster" + i + ".example";
				insert.setString(1, references.get(i));
				insert.setString(2, "Cluster company " + i);
				insert.setString(3, "contact@" + domain);
				insert.setString(4, domain);
				insert.setTimestamp(5, Timestamp.from(Instant.now()));
				insert.addBatch();
			}
			insert.executeBatch();
			return references;
		}
	}

	private static Map<String, Integer> firedTimersByNode() throws SQLException {
		Map<String, Integer> byNode = new LinkedHashMap<>();
		try (Connection db = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
				Statement sql = db.createStatement();
				ResultSet rows = sql.executeQuery("""
						select hostname_, count(*) from act_hi_job_log
						where process_def_key_ = 'cluster-timer' and job_state_ = 2
						group by hostname_ order by hostname_""")) {
			while (rows.next()) {
				byNode.put(rows.getString(1), rows.getInt(2));
			}
		}
		return byNode;
	}

	private static long finished(String key) {
		return scalar("select count(*) from act_hi_procinst where proc_def_key_ = '" + key + "' and end_time_ is not null");
	}

	private static long scalar(String query) {
		try (Connection db = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
				Statement sql = db.createStatement();
				ResultSet row = sql.executeQuery(query)) {
			row.next();
			return row.getLong(1);
		}
		catch (SQLException e) {
			throw new IllegalStateException(query, e);
		}
	}

	private static void sqlOnServer(String... statements) throws SQLException {
		try (Connection db = DriverManager.getConnection(SERVER + "test", "postgres", "");
				Statement sql = db.createStatement()) {
			for (String statement : statements) {
				sql.execute(statement);
			}
		}
	}

	private static void waitUntil(Duration timeout, BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Not reached within " + timeout);
			}
			Thread.sleep(250);
		}
	}

	private static byte[] model(String name) throws Exception {
		try (InputStream in = ClusterIT.class.getResourceAsStream("/cluster/" + name)) {
			return in.readAllBytes();
		}
	}

	private static String restDate(Date date) {
		return new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(date);
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String firstRecipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

}
