package io.partnerflow.simulation;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The most heap the JVM has used at once since this started watching: the heap pools added up just
 * before each garbage collection, where the heap is fullest, and at each look. The pools' own peaks
 * added up would overstate it, as they need not coincide.
 */
final class HeapPeak {

	private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(pool -> pool.getType() == MemoryType.HEAP)
		.map(MemoryPoolMXBean::getName)
		.collect(Collectors.toSet());

	private final AtomicLong peakBytes = new AtomicLong();

	HeapPeak() {
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener((notification, handback) -> collected(notification), null, null);
			}
		}
	}

	/** The peak so far, in MiB. */
	long mebibytes() {
		long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		return peakBytes.accumulateAndGet(now, Math::max) / (1024 * 1024);
	}

	private void collected(Notification notification) {
		if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			return;
		}
		long before = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
			.getGcInfo()
			.getMemoryUsageBeforeGc()
			.entrySet()
			.stream()
			.filter(pool -> heapPools.contains(pool.getKey()))
			.mapToLong(pool -> pool.getValue().getUsed())
			.sum();
		peakBytes.accumulateAndGet(before, Math::max);
	}

}
