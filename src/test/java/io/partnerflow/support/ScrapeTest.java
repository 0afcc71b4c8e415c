package io.partnerflow.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Reading a Prometheus scrape: sums by labels, and a histogram's quantile as histogram_quantile estimates it. */
class ScrapeTest {

	static final Scrape BEFORE = Scrape.of("""
			# TYPE t_seconds histogram
			t_seconds_bucket{call="list",le="0.05"} 4.0
			t_seconds_bucket{call="list",le="0.1"} 4.0
			t_seconds_bucket{call="list",le="+Inf"} 4.0
			t_seconds_bucket{call="count",le="0.05"} 1.0
			t_seconds_bucket{call="count",le="0.1"} 1.0
			t_seconds_bucket{call="count",le="+Inf"} 1.0
			t_seconds_count{call="list"} 4.0
			""");

	static final Scrape AFTER = Scrape.of("""
			t_seconds_bucket{call="list",le="0.05"} 14.0
			t_seconds_bucket{call="list",le="0.1"} 24.0
			t_seconds_bucket{call="list",le="+Inf"} 24.0
			t_seconds_bucket{call="count",le="0.05"} 1.0
			t_seconds_bucket{call="count",le="0.1"} 1.0
			t_seconds_bucket{call="count",le="+Inf"} 9.0
			t_seconds_count{call="list"} 24.0
			""");

	@Test
	void quantilesAreEstimatedWithinTheirBucketOverWhatWasCountedSince() {
		// 20 list calls since: 10 up to 50 ms, 10 between 50 and 100 ms
		assertThat(AFTER.quantileSince(BEFORE, 0.5, "t_seconds", "call=\"list\"")).isCloseTo(0.05, within(1e-9));
		assertThat(AFTER.quantileSince(BEFORE, 0.75, "t_seconds", "call=\"list\"")).isCloseTo(0.075, within(1e-9));
		// 8 count calls since, all beyond the last finite bucket: its bound, as Prometheus answers
		assertThat(AFTER.quantileSince(BEFORE, 0.95, "t_seconds", "call=\"count\"")).isEqualTo(0.1);
		assertThat(BEFORE.quantileSince(BEFORE, 0.95, "t_seconds")).isNaN();
	}

	@Test
	void seriesAreSummedByTheirLabels() {
		assertThat(AFTER.sum("t_seconds_count", "call=\"list\"")).isEqualTo(24);
		assertThat(AFTER.sum("t_seconds_bucket", "le=\"+Inf\"")).isEqualTo(33);
		assertThat(AFTER.has("t_seconds_count", "call=\"lis\"")).isFalse();
		assertThat(AFTER.values("t_seconds_bucket", "call")).containsExactly("list", "count");
	}

}
