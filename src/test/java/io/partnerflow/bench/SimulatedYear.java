package io.partnerflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Part 2: a simulated year of many partners (every 100-day, 6-month and 9-month timer fires) on the
 * embedded database, PartnerFlow as it runs (`demo` profile: H2 file, SMTP catcher), in a JVM
 * limited to 1 GiB of heap: the simulation's wall time and the peak heap it used.
 */
final class SimulatedYear {

	private static final Pattern DONE = Pattern.compile("Simulation done: (\\d+) partners in (\\d+) s \\(([\\d.]+) partners/s\\)");

	private static final Pattern HEAP = Pattern.compile("peak heap used: (\\d+) MiB");

	static void measure(Path jar, int partners, BenchReport report) throws Exception {
		Path data = Files.createTempDirectory("bench-year");
		Path log = Path.of("target", "bench", "simulated-year.log");
		try (JarProcess app = JarProcess.launch(jar, List.of("-Xmx1g"),
				List.of("--spring.profiles.active=demo", "--partnerflow.mail-catcher.port=0",
						"--spring.datasource.url=jdbc:h2:file:" + data.resolve("db").toAbsolutePath(),
						"--partnerflow.simulation.partners=" + partners, "--partnerflow.simulation.arrival-days=90",
						"--partnerflow.simulation.exit-when-done=true"),
				Map.of(), log)) {
			int exit = app.waitFor(Duration.ofHours(3));
			String output = Files.readString(log);
			Matcher done = DONE.matcher(output);
			Matcher heap = HEAP.matcher(output);
			if (exit != 0 || !done.find() || !heap.find()) {
				throw new IllegalStateException("The simulation did not finish (exit " + exit + "); see " + log);
			}
			double seconds = Double.parseDouble(done.group(2));
			String detail = "%s partners listed over 90 days, run through 365 days: %s partners/s".formatted(done.group(1),
					done.group(3));
			report.add(new Figure("Simulated year of " + partners + " partners: wall time", seconds / 60, "min", 10, true,
					detail));
			report.add(new Figure("Simulated year of " + partners + " partners: peak heap", Double.parseDouble(heap.group(1)),
					"MiB", 1024, true, "sum of the heap pools' peaks (an upper bound), JVM limited to -Xmx1g"));
		}
	}

	private SimulatedYear() {
	}

}
