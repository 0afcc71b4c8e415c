package io.partnerflow.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The manager KPIs of one cohort (the partners listed in [from, to]), as {@code GET /api/kpis}
 * answers them. Each figure says how many partners it is computed from; an average or a rate of
 * no partner is null (written, not left out).
 */
record Kpis(LocalDate from, LocalDate to, Average timeToRecruit, Average timeToFirstDeal,
		Average timeToCommercialAutonomy, Average timeToTechnicalAutonomy, ActiveRate activeSixMonthsAfterSignature,
		SignatureRate contractSignatureRate, List<FunnelStep> funnel, List<RecruiterFigures> recruiters) {

	private static final long SECONDS_PER_DAY = 86_400;

	/** The average duration in days (one decimal) over some partners. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Average(BigDecimal averageDays, long partners) {

		static Average ofSeconds(long totalSeconds, long partners) {
			return new Average(partners == 0 ? null
					: BigDecimal.valueOf(totalSeconds).divide(BigDecimal.valueOf(partners * SECONDS_PER_DAY), 1,
							RoundingMode.HALF_UP),
					partners);
		}

	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ActiveRate(BigDecimal rate, long active, long partners) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record SignatureRate(BigDecimal rate, long signed, long partners) {
	}

	record FunnelStep(String step, long partners) {
	}

	record RecruiterFigures(String recruiter, long listed, long applicationFiles, long signed, long businessPlansSigned,
			long activeAfterPlan) {
	}

	/** A share with two decimals, null of nothing. */
	static BigDecimal rate(long part, long whole) {
		return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

}
