package io.partnerflow.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The manager KPIs of one cohort (the partners listed in [from, to]), as {@code GET /api/kpis}
 * answers them; each one's definition is in the README ("KPIs"). Each figure says how many partners
 * it is computed from; an average or a rate of no partner is null (written, not left out).
 */
record Kpis(LocalDate from, LocalDate to, Average timeToRecruit, Average timeToFirstDeal,
		Average timeToCommercialAutonomy, Average timeToTechnicalAutonomy, ActiveRate activeSixMonthsAfterSignature,
		SignatureRate contractSignatureRate, RecruitmentCost recruitmentCost, CardsIssued cards, List<FunnelStep> funnel,
		List<Breakdown> recruiters, List<Breakdown> markets, List<Breakdown> categories, List<Breakdown> sources,
		Leads leads, List<LeadsOf> leadsByRecruiter, List<LeadsOf> leadsByPartner) {

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

		static ActiveRate of(CohortCounts counts) {
			return new ActiveRate(Kpis.rate(counts.activeAfterStartUp(), counts.startUpPassed()), counts.activeAfterStartUp(),
					counts.startUpPassed());
		}

	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record SignatureRate(BigDecimal rate, long signed, long partners) {

		static SignatureRate of(CohortCounts counts) {
			return new SignatureRate(Kpis.rate(counts.appliedAndSigned(), counts.applied()), counts.appliedAndSigned(),
					counts.applied());
		}

	}

	/**
	 * What recruiting the cohort cost, in euros: its recruitment steps and its failed partnerships
	 * (partners that signed, then exited), at {@link RecruitmentCosts}' prices.
	 */
	record RecruitmentCost(String currency, long total, long recruitment, long failedPartnerships, long recruited,
			long failed) {

		static RecruitmentCost of(CohortCounts counts, RecruitmentCosts costs) {
			long recruitment = costs.recruitment(counts);
			long failures = costs.failures(counts);
			return new RecruitmentCost("EUR", recruitment + failures, recruitment, failures, counts.signed(),
					counts.failedPartnerships());
		}

	}

	/**
	 * The yellow and red cards issued in the period, to any partner (a card is dated; it belongs to no
	 * cohort of listed partners).
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record CardsIssued(long yellow, long red) {
	}

	/**
	 * A step of the funnel: the partners that reached it and the share of the step before that did
	 * (of the signed partners for EXITED; none for LISTED).
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record FunnelStep(String step, long partners, BigDecimal conversion) {
	}

	/**
	 * A recruiter's, a market's or a category's part of the cohort: its key (user id, market,
	 * category) and the name people read, the seed's measures of a recruiter (application files,
	 * business plans, partners active after their start-up period) and its rates and cost.
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Breakdown(String key, String name, long listed, long applicationFiles, long signed, long businessPlansSigned,
			long activeAfterStartUp, ActiveRate activeSixMonthsAfterSignature, SignatureRate contractSignatureRate,
			long recruitmentCost) {
	}

	/**
	 * The leads the lead cell passed to the cohort's partners, up to today (a lead offered to a partner is
	 * passed to it), those they accepted (whatever became of them since) and those they won (converted).
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Leads(long passed, long accepted, long won, BigDecimal acceptanceRate, BigDecimal conversionRate) {

		static Leads of(long passed, long accepted, long won) {
			return new Leads(passed, accepted, won, rate(accepted, passed), rate(won, passed));
		}

	}

	/** A recruiter's partners' or one partner's leads: its key (user id, reference), name, and the leads' counts. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record LeadsOf(String key, String name, long passed, long accepted, long won, BigDecimal conversionRate) {
	}

	/** A share with two decimals, null of nothing. */
	static BigDecimal rate(long part, long whole) {
		return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

}
