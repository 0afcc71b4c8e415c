package io.partnerflow.bench;

import java.util.ArrayList;
import java.util.List;

/** Response times of one kind of call, collected from many threads; percentiles by nearest rank. */
final class Latencies {

	private final List<Long> nanos = new ArrayList<>();

	private int failures;

	synchronized void add(long elapsedNanos) {
		nanos.add(elapsedNanos);
	}

	synchronized void failed() {
		failures++;
	}

	synchronized int count() {
		return nanos.size();
	}

	synchronized int failures() {
		return failures;
	}

	/** The {@code percent} percentile in milliseconds (NaN without any call). */
	synchronized double millis(double percent) {
		if (nanos.isEmpty()) {
			return Double.NaN;
		}
		List<Long> sorted = nanos.stream().sorted().toList();
		int rank = (int) Math.ceil(percent / 100 * sorted.size());
		return sorted.get(Math.max(0, rank - 1)) / 1_000_000.0;
	}

}
