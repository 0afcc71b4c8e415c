package io.partnerflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.partnerflow.support.AppNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A. Start-up time to ready: PartnerFlow's packaged jar and its demo part (demo profile, no simulated partners)
 * against a bare Camunda 7.24 Spring Boot starter application ({@code bench/bare-camunda}), each
 * on an empty H2 database in a fresh temporary folder, launched in turn so that both meet the same
 * load; median of three launches each. Ready: the first 200 of Spring's readiness probe, which
 * comes after the start-up runners (PartnerFlow's groups, rights, Tasklist filters and demo users
 * are in place). Target: PartnerFlow at most 1.15 times the bare starter.
 */
class StartupBench {

	static final int LAUNCHES = Integer.getInteger("bench.startup.launches", 3);

	static final Path BARE_JAR = Path.of("bench", "bare-camunda", "target", "bare-camunda.jar");

	static final String SERVER_UP = "/engine-rest/engine";

	static final String READY = "/actuator/health/readiness";

	record Launch(Duration serverUp, Duration ready, String load) {

		@Override
		public String toString() {
			return "%.1f / %.1f s (load %s)".formatted(serverUp.toMillis() / 1000.0, ready.toMillis() / 1000.0,
					load.split(" ")[0]);
		}

	}

	/** Each launch's database goes into a folder of its own in here. */
	@TempDir
	Path databases;

	@Test
	void partnerFlowStartsNearlyAsFastAsABareCamundaStarter() throws Exception {
		if (!Files.exists(BARE_JAR)) {
			throw new IllegalStateException(BARE_JAR + " is missing: ./bench/run builds it");
		}
		List<Launch> bare = new ArrayList<>();
		List<Launch> partnerflow = new ArrayList<>();
		for (int i = 1; i <= LAUNCHES; i++) {
			bare.add(launch("bare-camunda-" + i, BARE_JAR, false, Map.of(), List.of()));
			partnerflow.add(launch("partnerflow-" + i, AppNode.jar(), true,
					Map.of("SMTP_PORT", String.valueOf(AppNode.freePort())),
					List.of("--spring.profiles.active=demo", "--partnerflow.simulation.partners=0")));
		}
		double partnerflowSeconds = medianReadySeconds(partnerflow);
		double bareSeconds = medianReadySeconds(bare);
		String how = "median of %d launches; each launch to the REST API's first 200 / to ready: ".formatted(LAUNCHES);
		BenchResults.record("A. Start-up time to ready", List.of(
				Figure.of("PartnerFlow (demo profile, empty H2)", partnerflowSeconds, "s", null, how + list(partnerflow)),
				Figure.of("Bare Camunda 7.24 starter (webapps, REST, empty H2)", bareSeconds, "s", null, how + list(bare)),
				Figure.of("PartnerFlow / bare starter", partnerflowSeconds / bareSeconds, "x", Figure.Target.atMost(1.15),
						"launch of the JVM to the first 200 of GET " + READY + ", asked every 20 ms")));
	}

	/** A launch of {@code jar}, with PartnerFlow's demo part beside it if {@code demoPart}. */
	private Launch launch(String name, Path jar, boolean demoPart, Map<String, String> environment,
			List<String> arguments) throws Exception {
		List<String> all = new ArrayList<>(arguments);
		all.add("--spring.datasource.url=jdbc:h2:file:" + databases.resolve(name).resolve("db").toAbsolutePath());
		all.add("--management.endpoint.health.probes.enabled=true");
		AppNode app = new AppNode(name, jar, environment, all, Path.of("target", "bench", "startup", name + ".log"),
				"admin", "admin");
		if (demoPart) {
			app.withDemoPart();
		}
		try {
			Duration serverUp = app.start(SERVER_UP);
			Duration ready = app.untilOk(READY, Duration.ofMinutes(3));
			return new Launch(serverUp, ready, Machine.loadAverage());
		}
		finally {
			app.stop();
		}
	}

	private static double medianReadySeconds(List<Launch> launches) {
		List<Long> millis = launches.stream().map(launch -> launch.ready().toMillis()).sorted().toList();
		return millis.get(millis.size() / 2) / 1000.0;
	}

	private static String list(List<Launch> launches) {
		return launches.stream().map(Launch::toString).collect(Collectors.joining(", "));
	}

}
