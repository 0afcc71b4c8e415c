package io.partnerflow.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An application jar in a JVM of its own, as an operator runs it, on a free port: PartnerFlow's
 * packaged jar (a node on PostgreSQL, or the demo profile on H2 with the demo part beside the jar,
 * {@link #withDemoPart}) or another Spring Boot jar. Its
 * output goes to a log file. Used by the cluster tests and the benchmark.
 */
public final class AppNode {

	/** The administrator of a node on PostgreSQL ({@link #onPostgres}). */
	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "cluster-admin-secret";

	/** The demo part's classes and resources (pom.xml, {@code demo.classes}). */
	public static final Path DEMO_CLASSES = Path.of("target", "demo-classes");

	/** The libraries only the demo part uses (pom.xml, {@code demo-libraries}). */
	public static final Path DEMO_LIBRARIES = Path.of("target", "demo-lib");

	public final String name;

	public final int port;

	private final Path jar;

	private final Map<String, String> environment;

	private final List<String> arguments;

	private final Path log;

	private final ApiClient admin;

	private Process process;

	private long launchedAt;

	private String heap = "512m";

	/** Whether the demo part runs with the jar ({@link #withDemoPart}). */
	private boolean demoPart;

	/**
	 * {@code java -Xmx512m -jar JAR --server.port=<free port> ARGUMENTS} (see {@link #heap}) with these environment
	 * variables (and {@code PORT}); {@code admin} and {@code adminPassword} sign its administrator's calls.
	 */
	public AppNode(String name, Path jar, Map<String, String> environment, List<String> arguments, Path log,
			String admin, String adminPassword) throws IOException {
		this.name = name;
		this.port = freePort();
		this.jar = jar;
		this.environment = environment;
		this.arguments = arguments;
		this.log = log;
		this.admin = as(admin, adminPassword);
	}

	/** The JVM's maximum heap ({@code -Xmx}), 512m unless set before {@link #start}. */
	public AppNode heap(String size) {
		this.heap = size;
		return this;
	}

	/**
	 * Runs PartnerFlow's jar with the demo part beside it, which the jar leaves out: its classes
	 * ({@code target/demo-classes}) and the libraries only it uses ({@code target/demo-lib}, both made by
	 * {@code package}), added by Spring Boot's {@code PropertiesLauncher} ({@code loader.path}). For the
	 * {@code demo} profile, as {@code ./mvnw spring-boot:run} runs it.
	 */
	public AppNode withDemoPart() {
		this.demoPart = true;
		return this;
	}

	/**
	 * PartnerFlow's jar with the profile {@code postgres} on {@code databaseUrl} (user postgres, no
	 * password), mail to {@code smtpPort} on this machine, the administrator {@link #ADMIN}, and
	 * these extra arguments; its log is {@code target/LOGFOLDER/NAME.log}.
	 */
	public static AppNode onPostgres(String name, String databaseUrl, int smtpPort, String logFolder, String... arguments)
			throws IOException {
		Map<String, String> environment = Map.of("SPRING_PROFILES_ACTIVE", "postgres", "POSTGRES_URL", databaseUrl,
				"POSTGRES_USER", "postgres", "POSTGRES_PASSWORD", "", "PARTNERFLOW_ADMIN_USER", ADMIN,
				"PARTNERFLOW_ADMIN_PASSWORD", ADMIN_PASSWORD, "SMTP_HOST", "127.0.0.1", "SMTP_PORT",
				String.valueOf(smtpPort));
		List<String> all = new ArrayList<>(List.of(
				// the job log says which node ran a job
				"--camunda.bpm.generic-properties.properties.hostname=" + name, "--logging.level.root=WARN",
				"--logging.level.io.partnerflow=INFO"));
		all.addAll(List.of(arguments));
		return new AppNode(name, jar(), environment, all, Path.of("target", logFolder, name + ".log"), ADMIN,
				ADMIN_PASSWORD);
	}

	/** Starts the node and waits until it answers its health check; answers how long that took. */
	public Duration start() throws Exception {
		return start("/actuator/health");
	}

	/**
	 * Starts the node and waits until {@code readyPath} answers 200 to the administrator; answers
	 * the time from the launch of the JVM to that first 200.
	 */
	public Duration start(String readyPath) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + heap));
		if (System.getProperty("bench.jfr") != null) {
			// -Dbench.jfr=<settings> (profile, default): a flight recording of the node beside its log
			command.add("-XX:StartFlightRecording=settings=" + System.getProperty("bench.jfr").replaceFirst("^(|true)$", "profile")
					+ ",dumponexit=true,filename=" + log.toAbsolutePath().toString().replaceFirst("\\.log$", "") + "-" + System.nanoTime() + ".jfr");
		}
		if (demoPart) {
			command.addAll(List.of("-Dloader.path=" + DEMO_CLASSES.toAbsolutePath() + "," + DEMO_LIBRARIES.toAbsolutePath(),
					"-cp", jar.toString(), "org.springframework.boot.loader.launch.PropertiesLauncher"));
		}
		else {
			command.addAll(List.of("-jar", jar.toString()));
		}
		command.add("--server.port=" + port);
		command.addAll(arguments);
		Files.createDirectories(log.toAbsolutePath().getParent());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		Map<String, String> variables = new HashMap<>(environment);
		variables.put("PORT", String.valueOf(port));
		builder.environment().putAll(variables);
		launchedAt = System.nanoTime();
		process = builder.start();
		return untilOk(readyPath, Duration.ofSeconds(180));
	}

	/**
	 * Waits until {@code path} answers 200 to the administrator; answers the time from the launch of
	 * the JVM to that first 200. It asks every 20 ms, so a start-up is timed to within that.
	 */
	public Duration untilOk(String path, Duration limit) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
			}
			try {
				if (admin.get(path).statusCode() == 200) {
					return Duration.ofNanos(System.nanoTime() - launchedAt);
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(20);
		}
		throw new IllegalStateException(name + " did not answer 200 on " + path + " within " + limit + "; see " + log);
	}

	/** Whether the JVM still runs. */
	public boolean isAlive() {
		return process.isAlive();
	}

	/** kill -9: the JVM dies at once, in the middle of whatever it does. */
	public void kill() throws InterruptedException {
		process.destroyForcibly().waitFor();
	}

	public void stop() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
	}

	/** The processor time the node's JVM used so far (all its threads). */
	public Duration cpuTime() {
		return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
	}

	/** What the node's metrics say now ({@code /actuator/prometheus}, read as its administrator). */
	public Scrape metrics() throws IOException, InterruptedException {
		HttpResponse<String> response = admin().send("GET", "/actuator/prometheus", null, null, "text/plain");
		if (response.statusCode() != 200) {
			throw new IllegalStateException(name + ": /actuator/prometheus answered " + response.statusCode());
		}
		return Scrape.of(response.body());
	}

	/** The administrator's calls. */
	public ApiClient admin() {
		return admin;
	}

	/** A user's calls. */
	public ApiClient as(String user, String password) {
		return new ApiClient(URI.create("http://127.0.0.1:" + port), user, password);
	}

	/** PartnerFlow's packaged jar in {@code target/}. */
	public static Path jar() {
		File[] jars = Path.of("target").toFile().listFiles((dir, file) -> file.startsWith("partnerflow-") && file.endsWith(".jar"));
		if (jars == null || jars.length == 0) {
			throw new IllegalStateException("No application jar in target/: run 'verify' with its profile, which packages it first");
		}
		return jars[0].toPath();
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
