package io.partnerflow.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * One PartnerFlow node: the application jar in a JVM of its own, profile {@code postgres}, as an
 * operator runs it. Its log goes to {@code target/cluster/NAME.log}.
 */
final class AppNode {

	static final String ADMIN = "admin";

	static final String ADMIN_PASSWORD = "cluster-admin-secret";

	final String name;

	final int port;

	private final Map<String, String> environment;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Process process;

	AppNode(String name, String databaseUrl, int smtpPort) throws IOException {
		this.name = name;
		this.port = freePort();
		this.environment = Map.of("SPRING_PROFILES_ACTIVE", "postgres", "POSTGRES_URL", databaseUrl, "POSTGRES_USER",
				"postgres", "POSTGRES_PASSWORD", "", "PARTNERFLOW_ADMIN_USER", ADMIN, "PARTNERFLOW_ADMIN_PASSWORD",
				ADMIN_PASSWORD, "SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(smtpPort), "PORT",
				String.valueOf(port));
	}

	/** Starts the node and waits until it answers its health check. */
	void start() throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", jar().toString(),
				// the job log says which node ran a job
				"--camunda.bpm.generic-properties.properties.hostname=" + name,
				// a killed node's locked jobs go to the other node after 15 s
				"--camunda.bpm.job-execution.lock-time-in-millis=15000",
				"--spring.datasource.hikari.connection-timeout=2000", "--logging.level.root=WARN",
				"--logging.level.io.partnerflow=INFO"));
		Path log = Path.of("target", "cluster", name + ".log");
		Files.createDirectories(log.getParent());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		process = builder.start();
		Instant deadline = Instant.now().plusSeconds(180);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
			}
			try {
				if (get("/actuator/health", false).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException(name + " did not start within 180 s; see " + log);
	}

	/** kill -9: the JVM dies at once, in the middle of whatever it does. */
	void kill() throws InterruptedException {
		process.destroyForcibly().waitFor();
	}

	void stop() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
	}

	HttpResponse<String> get(String path, boolean authenticated) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(30));
		if (authenticated) {
			request.header("Authorization", basic());
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(url(path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", basic())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Deploys a model through the engine's REST API, as the Modeler does. */
	HttpResponse<String> deploy(String name, byte[] bpmn) throws IOException, InterruptedException {
		String boundary = "partnerflow-" + System.nanoTime();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + name
				+ ".bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), bpmn, tail.getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(url("/engine-rest/deployment/create"))
			.header("Authorization", basic())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String basic() {
		return "Basic " + Base64.getEncoder()
			.encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

	static Path jar() {
		File[] jars = Path.of("target").toFile().listFiles((dir, file) -> file.startsWith("partnerflow-") && file.endsWith(".jar"));
		if (jars == null || jars.length == 0) {
			throw new IllegalStateException("No application jar in target/: run with 'verify -Pcluster', which packages it first");
		}
		return jars[0].toPath();
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
