package io.partnerflow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The benchmark's figures: printed as a table and written to {@code target/bench/results.json}. */
final class BenchReport {

	static final Path RESULTS = Path.of("target", "bench", "results.json");

	private final List<Figure> figures = new ArrayList<>();

	synchronized void add(Figure figure) {
		figures.add(figure);
		System.out.printf("BENCH %s: %s %s (target %s) %s%n", figure.name(), Figure.format(figure.value()),
				figure.unit(), figure.targetText(), figure.met() ? "met" : "MISSED");
	}

	synchronized String table() {
		StringBuilder table = new StringBuilder();
		table.append("%-58s %14s  %-22s %s%n".formatted("figure", "value", "target", "met"));
		for (Figure figure : figures) {
			table.append("%-58s %14s  %-22s %s%n".formatted(figure.name(),
					Figure.format(figure.value()) + " " + figure.unit(), figure.targetText(),
					figure.met() ? "yes" : "NO"));
			if (figure.detail() != null && !figure.detail().isBlank()) {
				table.append("    ").append(figure.detail()).append(System.lineSeparator());
			}
		}
		return table.toString();
	}

	synchronized void write() throws IOException {
		Map<String, Object> results = new LinkedHashMap<>();
		results.put("takenAt", Instant.now().toString());
		results.put("machine", machine());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Figure figure : figures) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("name", figure.name());
			row.put("value", figure.value());
			row.put("unit", figure.unit());
			row.put("target", figure.targetText());
			row.put("met", figure.met());
			row.put("detail", figure.detail());
			rows.add(row);
		}
		results.put("figures", rows);
		Files.createDirectories(RESULTS.getParent());
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(RESULTS.toFile(), results);
	}

	static Map<String, Object> machine() {
		Map<String, Object> machine = new LinkedHashMap<>();
		machine.put("cores", Runtime.getRuntime().availableProcessors());
		machine.put("memoryGiB", ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getTotalMemorySize() / (1024.0 * 1024 * 1024));
		machine.put("java", System.getProperty("java.version"));
		machine.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		return machine;
	}

}
