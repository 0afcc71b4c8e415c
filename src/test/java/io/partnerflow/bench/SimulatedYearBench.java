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

	private static final Pattern PROGRESS = Pattern
		.compile("Simulation: day (\\d+)/(\\d+), (\\d+)/\\d+ partners listed, (\\d+) lifecycles ended, (\\d+) s elapsed");

	/** How long the simulation may run before it is stopped and measured where it got to. */
	static final Duration LIMIT = Duration.ofMinutes(Long.getLong("bench.simulated-year.limit-minutes", 20));

	@TempDir
	Path database;

	@Test
	void tenThousandPartnersLiveASimulatedYearWithinTenMinutesAndOneGibibyte() throws Exception {
		Path log = Path.of("target", "bench", "simulated-year.log");
		AppNode app = new AppNode("simulated-year", AppNode.jar(), Map.of("SMTP_PORT", String.valueOf(AppNode.freePort())),
				List.of("--spring.profiles.active=demo",
						"--partnerflow.demo.data-dir=" + database.toAbsolutePath(), // the demo's own H2 URL and settings
						"--management.endpoint.health.probes.enabled=true", "--partnerflow.simulation.partners=" + PARTNERS,
						"--partnerflow.simulation.arrival-days=90"),
				log, "admin", "admin").heap("1g").withDemoPart();
		boolean finished;
		try {
			app.start("/engine-rest/engine");
			finished = ready(app);
		}
		finally {
			app.stop();
		}
		String output = Files.readString(log);
		String name = "D. A simulated year of " + PARTNERS + " partners";
		if (finished) {
			Matcher done = DONE.matcher(output);
			Matcher heap = HEAP.matcher(output.substring(output.indexOf("Simulation done")));
			if (!done.find() || !heap.find()) {
				throw new IllegalStateException("The simulation did not report its end; see " + log);
			}
			String how = "%s partners listed over 90 days, run through 365 days, %s partners/s".formatted(done.group(1),
					done.group(3));
			BenchResults.record(name, List.of(
					Figure.of("Wall time of the simulation", Double.parseDouble(done.group(2)) / 60, "min",
							Figure.Target.atMost(10), how),
					Figure.of("Peak heap", Double.parseDouble(heap.group(1)), "MiB", Figure.Target.atMost(1024),
							"the most heap used at once, read before each garbage collection; JVM limited to -Xmx1g")));
			return;
		}
		// stopped at the limit: the figures of its last progress report, the wall time at least the limit
		Matcher progress = PROGRESS.matcher(output);
		Matcher heap = HEAP.matcher(output);
		String day = null;
		String days = null;
		String listed = null;
		String ended = null;
		String seconds = null;
		String peak = null;
		while (progress.find()) {
			day = progress.group(1);
			days = progress.group(2);
			listed = progress.group(3);
			ended = progress.group(4);
			seconds = progress.group(5);
		}
		while (heap.find()) {
			peak = heap.group(1);
		}
		if (seconds == null || peak == null) {
			throw new IllegalStateException("The simulation reported no progress within " + LIMIT + "; see " + log);
		}
		String where = "stopped after %s s at simulated day %s of %s: %s partners listed, %s lifecycles ended"
			.formatted(seconds, day, days, listed, ended);
		// a lower bound of both figures: it misses a target it already passed, else it has no verdict
		double minutes = Double.parseDouble(seconds) / 60;
		double mebibytes = Double.parseDouble(peak);
		BenchResults.record(name, List.of(
				Figure.of("Wall time of the simulation (at least)", minutes, "min",
						minutes > 10 ? Figure.Target.atMost(10) : null, where),
				Figure.of("Peak heap (until stopped)", mebibytes, "MiB", mebibytes > 1024 ? Figure.Target.atMost(1024) : null,
						"the most heap used at once, read before each garbage collection; JVM limited to -Xmx1g; " + where)));
	}

	/** Whether the node became ready, its simulation done, within the limit. */
	private static boolean ready(AppNode app) throws Exception {
		try {
			app.untilOk("/actuator/health/readiness", LIMIT);
			return true;
		}
		catch (IllegalStateException notReady) {
			if (!app.isAlive()) {
				throw notReady;
			}
			return false; // still simulating
		}
	}

}
