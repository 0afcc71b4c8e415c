package io.partnerflow.system;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.partnerflow.PartnerFlowApplication;
import io.partnerflow.demo.MailCatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

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
			.contains("--spring.profiles.active=demo");
	}

	@Test
	void theDemoListensBeyondLoopbackOnItsHttpPortOnlyAndStartsTwiceOnItsData(@TempDir Path data) throws Exception {
		for (int start = 1; start <= 2; start++) {
			// given the sockets this JVM listens on beyond loopback before
			Set<Integer> before = openBeyondLoopback();

			// when the demo starts on a file database, as ./mvnw spring-boot:run does
			try (ConfigurableApplicationContext demo = new SpringApplicationBuilder(PartnerFlowApplication.class)
				.profiles("demo")
				.run("--server.port=0", "--partnerflow.mail-catcher.port=0", "--partnerflow.simulation.partners=0",
						"--partnerflow.demo.data-dir=" + data.toAbsolutePath(), "--camunda.bpm.job-execution.enabled=false",
						"--camunda.bpm.generate-unique-process-engine-name=true", "--spring.main.banner-mode=off")) {
				int http = ((WebServerApplicationContext) demo).getWebServer().getPort();
				int smtp = demo.getBean(MailCatcher.class).getPort();

				// then only its HTTP port is new beyond loopback: neither the database nor the SMTP catcher
				Set<Integer> opened = new TreeSet<>(openBeyondLoopback());
				opened.removeAll(before);
				assertThat(opened).as("start %d", start).containsExactly(http);
				assertThat(listening(false)).as("the SMTP catcher listens on loopback").contains(smtp);
			}
		}
	}

	/** Ports this JVM listens on (TCP, IPv4 and IPv6) beyond loopback. */
	private static Set<Integer> openBeyondLoopback() throws IOException {
		return listening(true);
	}

	/**
	 * Ports of the listening TCP sockets of this JVM ({@code /proc/self/net/tcp*} filtered by the
	 * socket inodes among its open files): beyond loopback only, or all.
	 */
	private static Set<Integer> listening(boolean beyondLoopbackOnly) throws IOException {
		Set<String> inodes = new HashSet<>();
		try (var fds = Files.list(Path.of("/proc/self/fd"))) {
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
		for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
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
