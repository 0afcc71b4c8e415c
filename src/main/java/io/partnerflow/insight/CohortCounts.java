package io.partnerflow.insight;

/**
 * The raw figures of one recruiter's part of a cohort (or, summed, of the whole cohort): counts of
 * partners and sums of durations in seconds, from which the KPIs are derived. Sums add up, so the
 * cohort's figures are the sum of its recruiters' figures.
 */
record CohortCounts(String recruiter, long listed, long eligible, long applied, long approved, long signed,
		long exited, long recruitSeconds, long firstDeals, long firstDealSeconds, long commerciallyAutonomous,
		long commercialAutonomySeconds, long technicallyAutonomous, long technicalAutonomySeconds,
		long sixMonthsSigned, long sixMonthsActive, long appliedAndSigned, long businessPlansSigned,
		long activeAfterPlan) {

	static final CohortCounts NONE = new CohortCounts(null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

	/** A row of {@link CohortQuery}: the recruiter, then the figures in the order of the fields. */
	static CohortCounts of(Object[] row) {
		if (row.length != 19) {
			throw new IllegalArgumentException("A cohort row has a recruiter and 18 figures, not " + (row.length - 1));
		}
		long[] n = new long[row.length - 1];
		for (int i = 1; i < row.length; i++) {
			n[i - 1] = row[i] == null ? 0 : ((Number) row[i]).longValue();
		}
		return new CohortCounts((String) row[0], n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10],
				n[11], n[12], n[13], n[14], n[15], n[16], n[17]);
	}

	CohortCounts plus(CohortCounts o) {
		return new CohortCounts(null, listed + o.listed, eligible + o.eligible, applied + o.applied,
				approved + o.approved, signed + o.signed, exited + o.exited, recruitSeconds + o.recruitSeconds,
				firstDeals + o.firstDeals, firstDealSeconds + o.firstDealSeconds, commerciallyAutonomous + o.commerciallyAutonomous,
				commercialAutonomySeconds + o.commercialAutonomySeconds, technicallyAutonomous + o.technicallyAutonomous,
				technicalAutonomySeconds + o.technicalAutonomySeconds, sixMonthsSigned + o.sixMonthsSigned,
				sixMonthsActive + o.sixMonthsActive, appliedAndSigned + o.appliedAndSigned,
				businessPlansSigned + o.businessPlansSigned, activeAfterPlan + o.activeAfterPlan);
	}

}
