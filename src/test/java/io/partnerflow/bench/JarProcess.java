package io.partnerflow.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An application jar in a JVM of its own, its output in a log file, as an operator starts it. */
final class JarProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	final Path log;

	final int port;

	private final Process process;

	private final long launchedAt;

	private JarProcess(Process process, Path log, int port, long launchedAt) {
		this.process = process;
		this.log = log;
		this.port = port;
		this.launchedAt = launchedAt;
	}

	/** Launches {@code java <jvm> -jar jar --server.port=<free> <args>} with these environment variables. */
	static JarProcess launch(Path jar, List<String> jvm, List<String> args, Map<String, String> environment, Path log)
			throws IOException {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvm);
		command.add("-jar");
		command.add(jar.toAbsolutePath().toString());
		command.add("--server.port=" + port);
		command.addAll(args);
		Files.createDirectories(log.getParent());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		long launchedAt = System.nanoTime();
		return new JarProcess(builder.start(), log, port, launchedAt);
	}

	/** Milliseconds from the launch until {@code path} answers 200; fails after {@code limit}. */
	long millisUntilOk(String path, Duration limit) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(2))
			.build();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The application stopped; see " + log);
			}
			try {
				if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return (System.nanoTime() - launchedAt) / 1_000_000;
				}
			}
			catch (IOException notListeningYet) {
				// the server socket is not open yet
			}
			Thread.sleep(20);
		}
		throw new IllegalStateException("Not ready within " + limit + "; see " + log);
	}

	/** Waits for the process to end by itself. */
	int waitFor(Duration limit) throws InterruptedException {
		if (!process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("Still running after " + limit + "; see " + log);
		}
		return process.exitValue();
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
