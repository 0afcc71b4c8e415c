package io.partnerflow.insight;

import java.util.function.Function;

/**
 * The raw figures of one group of a cohort (one recruiter's partners of a market, a category and a source,
 * or, summed, any breakdown and the whole cohort): counts of partners and sums of durations in
 * seconds, from which the KPIs are derived. Sums add up, so a breakdown's figures are the sum of its
 * groups' figures; a sum keeps the key its parts share and drops the others.
 */
record CohortCounts(Key key, long listed, long eligible, long applied, long approved, long signed, long exited,
		long recruitSeconds, long firstDeals, long firstDealSeconds, long commerciallyAutonomous,
		long commercialAutonomySeconds, long technicallyAutonomous, long technicalAutonomySeconds,
		long startUpPassed, long activeAfterStartUp, long appliedAndSigned, long businessPlansSigned,
		long failedPartnerships) {

	private static final int KEYS = 4;

	/** The source of the partners listed before a candidate's source was asked. */
	static final String SOURCE_NOT_RECORDED = "NOT_RECORDED";

	private static final int FIGURES = 18;

	static final CohortCounts NONE = new CohortCounts(Key.NONE, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

	/** Who recruited the partners, in which market and category, found where; null where a sum mixes them. */
	record Key(String recruiter, String market, String category, String source) {

		static final Key NONE = new Key(null, null, null, null);

		/** The part of the key both share. */
		Key common(Key o) {
			return new Key(same(recruiter, o.recruiter), same(market, o.market), same(category, o.category),
					same(source, o.source));
		}

		private static String same(String a, String b) {
			return a != null && a.equals(b) ? a : null;
		}

	}

	/** The dimensions a cohort is broken down by. */
	enum Dimension {

		RECRUITER(Key::recruiter), MARKET(Key::market), CATEGORY(Key::category), SOURCE(Key::source);

		final Function<Key, String> value;

		Dimension(Function<Key, String> value) {
			this.value = value;
		}

	}

	/**
	 * A row of {@link CohortQuery}: recruiter, market, category, source, then the figures in the order of
	 * the fields.
	 */
	static CohortCounts of(Object[] row) {
		if (row.length != KEYS + FIGURES) {
			throw new IllegalArgumentException("A cohort row has 4 keys and 18 figures, not " + row.length + " columns");
		}
		long[] n = new long[FIGURES];
		for (int i = 0; i < FIGURES; i++) {
			Object cell = row[KEYS + i];
			n[i] = cell == null ? 0 : ((Number) cell).longValue();
		}
		Key key = new Key((String) row[0], (String) row[1], row[2] == null ? null : row[2].toString(),
				row[3] == null ? SOURCE_NOT_RECORDED : row[3].toString());
		return new CohortCounts(key, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10], n[11], n[12],
				n[13], n[14], n[15], n[16], n[17]);
	}

	/** The sum; {@link #NONE} plus a group is that group. */
	CohortCounts plus(CohortCounts o) {
		Key sum = this == NONE ? o.key : o == NONE ? key : key.common(o.key);
		return new CohortCounts(sum, listed + o.listed, eligible + o.eligible, applied + o.applied,
				approved + o.approved, signed + o.signed, exited + o.exited, recruitSeconds + o.recruitSeconds,
				firstDeals + o.firstDeals, firstDealSeconds + o.firstDealSeconds, commerciallyAutonomous + o.commerciallyAutonomous,
				commercialAutonomySeconds + o.commercialAutonomySeconds, technicallyAutonomous + o.technicallyAutonomous,
				technicalAutonomySeconds + o.technicalAutonomySeconds, startUpPassed + o.startUpPassed,
				activeAfterStartUp + o.activeAfterStartUp, appliedAndSigned + o.appliedAndSigned,
				businessPlansSigned + o.businessPlansSigned, failedPartnerships + o.failedPartnerships);
	}

}
