package io.partnerflow.system;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.partnerflow.PartnerFlowApplication;
import io.partnerflow.support.AppNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Safe by default: a plain start without the demo profile refuses to run without its settings,
 * and the demo listens beyond loopback on its HTTP port only.
 */
@ExtendWith(OutputCaptureExtension.class)
class DefaultsTest {

	@Test
	void withoutTheDemoProfileAndItsSettingsTheApplicationRefusesToStartAndSaysWhatToSet(CapturedOutput output) {
		assertThatThrownBy(() -> new SpringApplicationBuilder(PartnerFlowApplication.class)
			.run("--server.port=0", "--camunda.bpm.generate-unique-process-engine-name=true"))
			.hasStackTraceContaining("PartnerFlow cannot start without");

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("PARTNERFLOW_DB_URL")
			.contains("PARTNERFLOW_ADMIN_USER")
			.contains("PARTNERFLOW_ADMIN_PASSWORD")
			.contains("./mvnw spring-boot:run");
	}

	/**
	 * In a JVM of its own, as {@code ./mvnw spring-boot:run} runs it (with the plugin's optimized launch,
	 * {@code -XX:TieredStopAtLevel=1}: the quick compiler only, which starts sooner): a second application
	 * in this JVM would take over the static state of the shared test context's webapps.
	 */
	@Test
	void theDemoListensBeyondLoopbackOnItsHttpPortOnlyAndStartsTwiceOnItsData(@TempDir Path data) throws Exception {
		for (int start = 1; start <= 2; start++) {
			int http = AppNode.freePort();
			int smtp = AppNode.freePort();
			Path log = data.resolve("start-" + start + ".log");
			// when the demo starts on its file database in ./data
			Process demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
					"-XX:TieredStopAtLevel=1",
					"-cp", System.getProperty("java.class.path"), PartnerFlowApplication.class.getName(),
					"--spring.profiles.active=demo", "--server.port=" + http, "--partnerflow.mail-catcher.port=" + smtp,
					"--spring.mail.port=" + smtp, "--partnerflow.simulation.partners=0",
					"--camunda.bpm.job-execution.enabled=false", "--spring.main.banner-mode=off")
				.directory(data.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			try {
				untilHealthy(demo, http, log);

				// then only its HTTP port listens beyond loopback: neither the database nor the SMTP catcher
				String pid = String.valueOf(demo.pid());
				assertThat(listening(pid, true)).as("start %d", start).containsExactly(http);
				assertThat(listening(pid, false)).as("the SMTP catcher listens on loopback").contains(smtp);
				assertThat(data.resolve("data")).as("the demo's database is in ./data").isDirectory();
			}
			finally {
				demo.destroy();
				demo.waitFor();
			}
		}
	}

	private static void untilHealthy(Process demo, int port, Path log) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(demo.isAlive()).as("the demo exited; see %s", Files.readString(log)).isTrue();
			try {
				if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("The demo did not start: " + Files.readString(log));
	}

	/**
	 * Ports of the listening TCP sockets of a process ({@code /proc/PID/net/tcp*} filtered by the
	 * socket inodes among its open files): beyond loopback only, or all.
	 */
	private static Set<Integer> listening(String pid, boolean beyondLoopbackOnly) throws IOException {
		Set<String> inodes = new HashSet<>();
		try (var fds = Files.list(Path.of("/proc", pid, "fd"))) {
			for (Path fd : fds.toList()) {
				try {
					String target = Files.readSymbolicLink(fd).toString();
					if (target.startsWith("socket:[")) {
						inodes.add(target.substring(8, target.length() - 1));
					}
				}
				catch (IOException closedMeanwhile) {
					// gone
				}
			}
		}
		Set<Integer> ports = new HashSet<>();
		for (String table : List.of("/proc/" + pid + "/net/tcp", "/proc/" + pid + "/net/tcp6")) {
			List<String> lines = Files.readAllLines(Path.of(table));
			for (String line : lines.subList(1, lines.size())) {
				String[] f = line.trim().split("\\s+");
				if (!f[3].equals("0A") || !inodes.contains(f[9])) {
					continue;
				}
				String[] local = f[1].split(":");
				if (!beyondLoopbackOnly || !loopback(local[0])) {
					ports.add(Integer.parseInt(local[1], 16));
				}
			}
		}
		return ports;
	}

	/** Whether a /proc/net address (hex, little-endian words) is a loopback address. */
	private static boolean loopback(String hex) throws IOException {
		byte[] bytes = new byte[hex.length() / 2];
		for (int word = 0; word < bytes.length / 4; word++) {
			for (int b = 0; b < 4; b++) {
				bytes[word * 4 + b] = (byte) Integer.parseInt(hex.substring(word * 8 + (3 - b) * 2, word * 8 + (3 - b) * 2 + 2), 16);
			}
		}
		InetAddress address = InetAddress.getByAddress(bytes);
		if (bytes.length == 16 && new BigInteger(1, java.util.Arrays.copyOfRange(bytes, 0, 12)).equals(BigInteger.valueOf(0xffff))) {
			// an IPv4-mapped address
			return bytes[12] == 127;
		}
		return address.isLoopbackAddress();
	}

}
