package io.partnerflow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine the figures were measured on, and how busy it was (others may share it). */
final class Machine {

	private Machine() {
	}

	/** The load average over 1, 5 and 15 minutes, as {@code uptime} shows it. */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException | RuntimeException notLinux) {
			return "%.2f".formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	/** Processor time every process of the machine (anyone's) used since boot, in seconds. */
	static double busySeconds() {
		try {
			String[] ticks = Files.readAllLines(Path.of("/proc/stat")).get(0).strip().split("\\s+");
			long busy = 0;
			for (int field : new int[] { 1, 2, 3, 6, 7, 8 }) { // user, nice, system, irq, softirq, steal
				busy += Long.parseLong(ticks[field]);
			}
			return busy / 100.0; // USER_HZ
		}
		catch (IOException | RuntimeException notLinux) {
			return Double.NaN;
		}
	}

	static Map<String, Object> describe() {
		Map<String, Object> machine = new LinkedHashMap<>();
		machine.put("cores", Runtime.getRuntime().availableProcessors());
		machine.put("memoryGiB", Math.round(((com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean()).getTotalMemorySize() / (1024.0 * 1024 * 1024)));
		machine.put("cpu", cpuModel());
		machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
		return machine;
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter(line -> line.startsWith("model name"))
				.map(line -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException notLinux) {
			return System.getProperty("os.arch");
		}
	}

}
