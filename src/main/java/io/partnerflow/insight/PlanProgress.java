package io.partnerflow.insight;

import java.util.List;

import io.partnerflow.partner.PartnerCategory;

/**
 * Where the year stands against its recruitment plan, per market and category: the partners to sign
 * beside those listed, approached, applied, signed and active (a won deal) in the year; and the
 * partners signed outside the plan's targets, which the plan did not ask for.
 */
public record PlanProgress(int year, String status, List<Row> targets, Row outsideThePlan, Row total) {

	/** One market and category (both null for a sum). */
	public record Row(String market, PartnerCategory category, int toSign, long listed, long approached, long applied,
			long signed, long active) {

		/** The share of the partners to sign that are signed, in percent; null when none is asked. */
		public Integer signedPercent() {
			return toSign == 0 ? null : (int) Math.round(100.0 * signed / toSign);
		}

		Row plus(Row other) {
			return new Row(null, null, toSign + other.toSign, listed + other.listed, approached + other.approached,
					applied + other.applied, signed + other.signed, active + other.active);
		}

	}

	/** The progress in lines, for the monthly review's form. */
	public String text() {
		StringBuilder text = new StringBuilder("Plan %d (%s): %d of %d partners signed%s%n".formatted(year,
				status.toLowerCase(), total.signed(), total.toSign(),
				total.signedPercent() == null ? "" : " (" + total.signedPercent() + "%)"));
		for (Row row : targets) {
			text.append("- %s, %s: %d of %d signed; listed %d, approached %d, applied %d, active %d%n".formatted(row.market(),
					row.category().label(), row.signed(), row.toSign(), row.listed(), row.approached(), row.applied(),
					row.active()));
		}
		if (outsideThePlan.listed() + outsideThePlan.signed() > 0) {
			text.append("- outside the plan's targets: %d signed; listed %d, approached %d, applied %d, active %d%n"
				.formatted(outsideThePlan.signed(), outsideThePlan.listed(), outsideThePlan.approached(),
						outsideThePlan.applied(), outsideThePlan.active()));
		}
		return text.toString().strip();
	}

}
