package io.partnerflow.support;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One answer of {@code /actuator/prometheus}, read as Prometheus reads it: a series and its value a
 * line. Labels are given as Prometheus writes them: {@code name="value"}.
 */
public record Scrape(List<String> lines) {

	public static Scrape of(String body) {
		return new Scrape(body.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList());
	}

	/** The sum of the series of this metric whose labels include all of {@code labels}. */
	public double sum(String metric, String... labels) {
		return series(metric, labels).mapToDouble(Scrape::value).sum();
	}

	/** Whether any series of this metric has all of {@code labels}. */
	public boolean has(String metric, String... labels) {
		return series(metric, labels).findAny().isPresent();
	}

	/** The values of one label across the series of this metric. */
	public List<String> values(String metric, String label) {
		return series(metric).flatMap(line -> Arrays.stream(labelsOf(line).split(",(?=[a-z_]+=\")")))
			.filter(pair -> pair.startsWith(label + "=\""))
			.map(pair -> pair.substring(label.length() + 2, pair.length() - 1))
			.distinct()
			.toList();
	}

	/**
	 * The quantile {@code q} of a timer's histogram ({@code <timer>_bucket}) over what it counted
	 * between {@code earlier} and this scrape, as Prometheus's {@code histogram_quantile} estimates it
	 * (linear within a bucket), in the timer's unit; NaN when nothing was counted.
	 */
	public double quantileSince(Scrape earlier, double q, String timer, String... labels) {
		Map<Double, Double> now = buckets(timer, labels);
		Map<Double, Double> then = earlier.buckets(timer, labels);
		double total = now.getOrDefault(Double.POSITIVE_INFINITY, 0.0) - then.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
		if (total <= 0) {
			return Double.NaN;
		}
		double rank = q * total;
		double lower = 0;
		double below = 0;
		for (Map.Entry<Double, Double> bucket : now.entrySet()) {
			double counted = bucket.getValue() - then.getOrDefault(bucket.getKey(), 0.0);
			if (counted >= rank) {
				return bucket.getKey().isInfinite() ? lower
						: lower + (bucket.getKey() - lower) * (rank - below) / Math.max(counted - below, Double.MIN_VALUE);
			}
			lower = bucket.getKey();
			below = counted;
		}
		return lower;
	}

	/** The cumulative counts by upper bound ({@code le}), summed over the series with the labels. */
	private Map<Double, Double> buckets(String timer, String... labels) {
		return series(timer + "_bucket", labels).collect(Collectors.toMap(line -> {
			String le = Arrays.stream(labelsOf(line).split(",(?=[a-z_]+=\")"))
				.filter(pair -> pair.startsWith("le=\""))
				.findFirst()
				.orElseThrow();
			String bound = le.substring(4, le.length() - 1);
			return bound.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bound);
		}, Scrape::value, Double::sum, TreeMap::new));
	}

	private Stream<String> series(String metric, String... labels) {
		return lines.stream()
			.filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
			.filter(line -> Arrays.stream(labels).allMatch(label -> ("," + labelsOf(line) + ",").contains("," + label + ",")));
	}

	private static double value(String line) {
		return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
	}

	private static String labelsOf(String line) {
		int open = line.indexOf('{');
		return open < 0 ? "" : line.substring(open + 1, line.lastIndexOf('}'));
	}

}
