package io.partnerflow.bench;

/**
 * One figure of the benchmark: what was measured, its value, the target it is held to (none: a
 * figure given for information), the machine's load average when it was measured, and how.
 */
record Figure(String name, double value, String unit, Target target, String loadAverage, String detail) {

	/** A figure measured just now: the load average is read at once. */
	static Figure of(String name, double value, String unit, Target target, String detail) {
		return new Figure(name, value, unit, target, Machine.loadAverage(), detail);
	}

	/** Whether the target is met; null when there is none. */
	Boolean met() {
		return target == null ? null : target.metBy(value);
	}

	/** At most or at least a limit. */
	record Target(boolean atMost, double limit) {

		static Target atMost(double limit) {
			return new Target(true, limit);
		}

		static Target atLeast(double limit) {
			return new Target(false, limit);
		}

		boolean metBy(double value) {
			return atMost ? value <= limit : value >= limit;
		}

		String text(String unit) {
			return (atMost ? "<= " : ">= ") + format(limit) + " " + unit;
		}

	}

	/** Two significant decimals at most, fewer for large values. */
	static String format(double value) {
		double size = Math.abs(value);
		return size >= 100 ? "%.0f".formatted(value) : size >= 10 ? "%.1f".formatted(value) : "%.2f".formatted(value);
	}

}
