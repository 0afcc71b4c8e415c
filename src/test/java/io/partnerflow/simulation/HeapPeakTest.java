package io.partnerflow.simulation;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class HeapPeakTest {

	static final int MEBIBYTE = 1024 * 1024;

	@Test
	void keepsTheHeapItsGarbageFilledUntilTheCollection() {
		HeapPeak peak = new HeapPeak();
		System.gc(); // what is left is live: no collection below can take more than the garbage below
		long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MEBIBYTE;
		byte[] garbage = new byte[96 * MEBIBYTE];
		garbage[garbage.length - 1] = 1;
		garbage = null;
		System.gc();
		// the collector tells of the collection on a thread of its own, moments later
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(peak.mebibytes()).isGreaterThanOrEqualTo(before + 90));
	}

	@Test
	void neverMoreThanTheHeapMayHold() {
		HeapPeak peak = new HeapPeak();
		System.gc();
		assertThat(peak.mebibytes())
			.isLessThanOrEqualTo(Runtime.getRuntime().maxMemory() / MEBIBYTE);
	}

}
