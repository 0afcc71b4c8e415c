package io.partnerflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The result writer every part of the benchmark shares: a part hands over its figures when it is
 * done; the figures of every part measured so far are written to {@code target/bench/results.json}
 * and, as a table, to {@code target/bench/results.txt}, which is printed. A part measured again
 * replaces its earlier figures.
 */
final class BenchResults {

	static final Path JSON = Path.of("target", "bench", "results.json");

	static final Path TABLE = Path.of("target", "bench", "results.txt");

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private BenchResults() {
	}

	static synchronized void record(String part, List<Figure> figures) throws IOException {
		Map<String, Object> results = Files.exists(JSON)
				? MAPPER.readValue(JSON.toFile(), new TypeReference<LinkedHashMap<String, Object>>() {
				}) : new LinkedHashMap<>();
		results.put("machine", Machine.describe());
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> parts = (List<Map<String, Object>>) results.computeIfAbsent("parts",
				none -> new ArrayList<>());
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("part", part);
		entry.put("measuredAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
		entry.put("figures", figures.stream().map(BenchResults::json).toList());
		int at = indexOf(parts, part);
		if (at < 0) {
			parts.add(entry);
		}
		else {
			parts.set(at, entry);
		}
		parts.sort(Comparator.comparing(each -> String.valueOf(each.get("part"))));
		Files.createDirectories(JSON.getParent());
		MAPPER.writeValue(JSON.toFile(), results);
		String table = table(results);
		Files.writeString(TABLE, table);
		System.out.print(System.lineSeparator() + table);
	}

	private static int indexOf(List<Map<String, Object>> parts, String part) {
		for (int i = 0; i < parts.size(); i++) {
			if (part.equals(parts.get(i).get("part"))) {
				return i;
			}
		}
		return -1;
	}

	private static Map<String, Object> json(Figure figure) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("name", figure.name());
		row.put("value", Double.isFinite(figure.value()) ? figure.value() : null);
		row.put("unit", figure.unit());
		row.put("target", figure.target() == null ? null : figure.target().text(figure.unit()));
		row.put("met", figure.met());
		row.put("loadAverage", figure.loadAverage());
		row.put("detail", figure.detail());
		return row;
	}

	@SuppressWarnings("unchecked")
	private static String table(Map<String, Object> results) {
		String row = "%-62s %12s  %-14s %-4s %s%n";
		Map<String, Object> machine = (Map<String, Object>) results.get("machine");
		StringBuilder table = new StringBuilder("PartnerFlow benchmark on %s cores, %s GiB RAM, %s, %s%n%n"
			.formatted(machine.get("cores"), machine.get("memoryGiB"), machine.get("cpu"), machine.get("java")));
		table.append(row.formatted("figure", "value", "target", "met", "load average (1, 5, 15 min)"));
		List<String> missed = new ArrayList<>();
		for (Map<String, Object> part : (List<Map<String, Object>>) results.get("parts")) {
			table.append(part.get("part")).append(" (").append(part.get("measuredAt")).append(")\n");
			for (Map<String, Object> figure : (List<Map<String, Object>>) part.get("figures")) {
				Object value = figure.get("value");
				Object met = figure.get("met");
				table.append(row.formatted("  " + figure.get("name"),
						(value == null ? "-" : Figure.format(((Number) value).doubleValue())) + " " + figure.get("unit"),
						figure.get("target") == null ? "-" : figure.get("target"),
						met == null ? "-" : Boolean.TRUE.equals(met) ? "yes" : "no", figure.get("loadAverage")));
				if (figure.get("detail") != null) {
					table.append("      ").append(figure.get("detail")).append('\n');
				}
				if (Boolean.FALSE.equals(met)) {
					missed.add(figure.get("name") + " (" + figure.get("target") + ")");
				}
			}
		}
		table.append('\n')
			.append(missed.isEmpty() ? "Every target met." : "Targets MISSED: " + String.join("; ", missed) + ".")
			.append('\n');
		return table.toString();
	}

}
