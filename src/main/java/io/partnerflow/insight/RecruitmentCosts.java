package io.partnerflow.insight;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code partnerflow.kpis.cost.*}: what each step of a recruitment costs, in euros, and what a failed
 * partnership costs on top. The defaults are the seed's figures (seed 004): a recruitment costs 30,000
 * to 50,000 EUR (40,000 counted per signed contract), a failed partnership about 100,000 EUR; the
 * earlier steps cost nothing unless configured.
 *
 * @param perQualifiedCandidate per candidate found eligible (listing, checking the criteria)
 * @param perApplicationFile per application file received (the file's review and the committee)
 * @param perRecruitment per contract signed
 * @param perFailedPartnership per partner that signed and then exited
 */
@ConfigurationProperties("partnerflow.kpis.cost")
record RecruitmentCosts(Long perQualifiedCandidate, Long perApplicationFile, Long perRecruitment,
		Long perFailedPartnership) {

	RecruitmentCosts {
		perQualifiedCandidate = perQualifiedCandidate == null ? 0 : perQualifiedCandidate;
		perApplicationFile = perApplicationFile == null ? 0 : perApplicationFile;
		perRecruitment = perRecruitment == null ? 40_000 : perRecruitment;
		perFailedPartnership = perFailedPartnership == null ? 100_000 : perFailedPartnership;
		if (perQualifiedCandidate < 0 || perApplicationFile < 0 || perRecruitment < 0 || perFailedPartnership < 0) {
			throw new IllegalArgumentException("partnerflow.kpis.cost.* are amounts in euros, not negative");
		}
	}

	/** The steps' cost of a group of partners. */
	long recruitment(CohortCounts counts) {
		return counts.eligible() * perQualifiedCandidate + counts.applied() * perApplicationFile
				+ counts.signed() * perRecruitment;
	}

	/** The failed partnerships' cost of a group of partners. */
	long failures(CohortCounts counts) {
		return counts.failedPartnerships() * perFailedPartnership;
	}

}
