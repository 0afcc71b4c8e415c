package io.partnerflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.partnerflow.support.AppNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D. Scale: a simulated year of 10,000 partners (the lifecycle simulator: candidates listed over 90
 * days, every 100-day, 6-month and 9-month timer fires) in one PartnerFlow node as
 * {@code ./mvnw spring-boot:run} runs it (demo profile, H2 file, SMTP catcher), its JVM limited to
 * 1 GiB of heap. The node is ready when the simulation has ended; its summary gives the wall time
 * and the peak heap. Targets: at most 10 minutes and 1 GiB.
 */
class SimulatedYearBench {

	static final int PARTNERS = Integer.getInteger("bench.partners", 10_000);

	private static final Pattern DONE = Pattern
		.compile("Simulation done: (\\d+) partners in (\\d+) s \\(([\\d.]+) partners/s\\)");

	private static final Pattern HEAP = Pattern.compile("peak heap used: (\\d+) MiB");

	@TempDir
	Path database;

	@Test
	void tenThousandPartnersLiveASimulatedYearWithinTenMinutesAndOneGibibyte() throws Exception {
		Path log = Path.of("target", "bench", "simulated-year.log");
		AppNode app = new AppNode("simulated-year", AppNode.jar(), Map.of("SMTP_PORT", String.valueOf(AppNode.freePort())),
				List.of("--spring.profiles.active=demo",
						"--spring.datasource.url=jdbc:h2:file:" + database.resolve("db").toAbsolutePath(),
						"--management.endpoint.health.probes.enabled=true", "--partnerflow.simulation.partners=" + PARTNERS,
						"--partnerflow.simulation.arrival-days=90"),
				log, "admin", "admin").heap("1g");
		try {
			app.start("/engine-rest/engine");
			app.untilOk("/actuator/health/readiness", Duration.ofHours(3));
		}
		finally {
			app.stop();
		}
		String output = Files.readString(log);
		Matcher done = DONE.matcher(output);
		Matcher heap = HEAP.matcher(output);
		if (!done.find() || !heap.find()) {
			throw new IllegalStateException("The simulation did not finish; see " + log);
		}
		String how = "%s partners listed over 90 days, run through 365 days, %s partners/s".formatted(done.group(1),
				done.group(3));
		BenchResults.record("D. A simulated year of " + PARTNERS + " partners", List.of(
				Figure.of("Wall time of the simulation", Double.parseDouble(done.group(2)) / 60, "min",
						Figure.Target.atMost(10), how),
				Figure.of("Peak heap", Double.parseDouble(heap.group(1)), "MiB", Figure.Target.atMost(1024),
						"the heap pools' peaks summed (an upper bound), JVM limited to -Xmx1g")));
	}

}
