package io.partnerflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * PartnerFlow's performance benchmark ({@code ./bench/run}, Maven profile {@code bench}): each part
 * adds its figures with their targets; the table is printed at the end and written as JSON to
 * {@code target/bench/results.json}. A missed target is reported, not failed: the figures are the result.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerformanceBench {

	/** Partners of the simulated year; {@code -Dbench.partners=N} for a shorter run. */
	static final int PARTNERS = Integer.getInteger("bench.partners", 10_000);

	/** Open tasks for the Tasklist load; {@code -Dbench.open-tasks=N} for a shorter run. */
	static final int OPEN_TASKS = Integer.getInteger("bench.open-tasks", 10_000);

	final BenchReport report = new BenchReport();

	@Test
	@Order(1)
	void startUp() throws Exception {
		StartUp.measure(partnerflowJar(), Path.of("bench", "bare-starter", "target", "bare-starter-1.jar"), report);
	}

	@Test
	@Order(2)
	void simulatedYear() throws Exception {
		SimulatedYear.measure(partnerflowJar(), PARTNERS, report);
	}

	@Test
	@Order(3)
	void tasklistLoad() throws Exception {
		TasklistLoad.measure(partnerflowJar(), OPEN_TASKS, report);
	}

	@AfterAll
	void results() throws Exception {
		report.write();
		System.out.println();
		System.out.println("PartnerFlow benchmark, " + BenchReport.machine());
		System.out.print(report.table());
		System.out.println("Written to " + BenchReport.RESULTS.toAbsolutePath());
	}

	static Path partnerflowJar() throws Exception {
		try (Stream<Path> jars = Files.list(Path.of("target"))) {
			return jars.filter(p -> p.getFileName().toString().matches("partnerflow-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Package PartnerFlow first: ./mvnw package"));
		}
	}

}
