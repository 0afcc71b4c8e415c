package io.partnerflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Part 5: time from launch to ready (Spring's readiness probe answers 200, after the application's
 * start-up runners), PartnerFlow against a bare Camunda starter application, each on an empty H2
 * database, median of three launches.
 */
final class StartUp {

	private static final int LAUNCHES = 3;

	private static final String READY = "/actuator/health/readiness";

	static void measure(Path partnerflowJar, Path bareJar, BenchReport report) throws Exception {
		long partnerflow = median(partnerflowJar, List.of("--spring.profiles.active=demo",
				"--partnerflow.simulation.partners=0", "--partnerflow.mail-catcher.port=0",
				"--management.endpoint.health.probes.enabled=true"), "partnerflow");
		long bare = median(bareJar, List.of(), "bare-starter");
		double ratio = (double) partnerflow / bare;
		report.add(new Figure("Start-up to ready, PartnerFlow / bare Camunda starter", ratio, "x", 1.15, true,
				"PartnerFlow %d ms, bare starter %d ms (median of %d launches, empty H2 database each)"
					.formatted(partnerflow, bare, LAUNCHES)));
	}

	private static long median(Path jar, List<String> args, String name) throws Exception {
		long[] millis = new long[LAUNCHES];
		for (int i = 0; i < LAUNCHES; i++) {
			Path data = Files.createTempDirectory("bench-" + name);
			List<String> all = new ArrayList<>(args);
			all.add("--spring.datasource.url=jdbc:h2:file:" + data.resolve("db").toAbsolutePath());
			try (JarProcess app = JarProcess.launch(jar, List.of("-Xmx512m"), all, Map.of(),
					Path.of("target", "bench", name + "-start-" + i + ".log"))) {
				millis[i] = app.millisUntilOk(READY, Duration.ofMinutes(3));
			}
		}
		Arrays.sort(millis);
		return millis[LAUNCHES / 2];
	}

	private StartUp() {
	}

}
