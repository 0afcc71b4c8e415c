package io.partnerflow.bench;

/**
 * One figure of the benchmark with its target: {@code value} against {@code target}, met when it is
 * at most the target ({@code atMost}) or at least it.
 */
record Figure(String name, double value, String unit, double target, boolean atMost, String detail) {

	boolean met() {
		return atMost ? value <= target : value >= target;
	}

	String targetText() {
		return (atMost ? "<= " : ">= ") + format(target) + " " + unit;
	}

	static String format(double number) {
		return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number)
				: "%.2f".formatted(number);
	}

}
