package io.partnerflow.system;

import java.time.Instant;
import java.util.function.ToIntFunction;

/**
 * How long one of PartnerFlow's tables keeps what it holds about partners and their contacts: one
 * rule per table, a bean in the feature that owns the table. {@link RetentionJob} applies them all
 * every night; what a rule removes or clears was kept longer than its purpose needs.
 */
public interface RetentionRule {

	/** The table and its rule in words, as the README states it: {@code "notification: deleted 180 days after ..."}. */
	String rule();

	/** Removes or clears, at this moment, what the table keeps too long; returns how many rows it changed. */
	int apply(Instant now);

	/** A rule of a table whose rule is one statement. */
	static RetentionRule of(String rule, ToIntFunction<Instant> apply) {
		return new RetentionRule() {

			@Override
			public String rule() {
				return rule;
			}

			@Override
			public int apply(Instant now) {
				return apply.applyAsInt(now);
			}

		};
	}

}
