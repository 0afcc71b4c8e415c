package io.partnerflow.tier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;

import io.partnerflow.deals.DealService;
import org.springframework.stereotype.Component;

/**
 * The partner's figures the tier decision table reads, as they are today: the revenue of the deals
 * it won in the last 12 months (the vendor's revenue with the partner, not the company's own
 * turnover), and the people whose certification is valid today, sales and technical. The models
 * read them as {@code ${tierFigures.yearlyRevenue(execution.processBusinessKey)}}.
 */
@Component("tierFigures")
public class TierFigures {

	/** The three inputs of the table for one partner on one day. */
	public record Figures(long yearlyRevenue, int certifiedSalesPeople, int certifiedTechnicians) {
	}

	private final DealService deals;

	private final Certifications certifications;

	private final Clock clock;

	TierFigures(DealService deals, Certifications certifications, Clock clock) {
		this.deals = deals;
		this.certifications = certifications;
		this.clock = clock;
	}

	/**
	 * The revenue, in whole EUR, of the deals the partner signed in the 12 months up to today: from
	 * the day after the same day a year ago to today, both included.
	 */
	public long yearlyRevenue(String reference) {
		LocalDate today = LocalDate.now(clock);
		BigDecimal revenue = deals.revenueSignedBetween(reference, firstDayOfTwelveMonths(today), today);
		return revenue.setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

	public int certifiedSalesPeople(String reference) {
		return certifications.validOn(reference, CertificationRole.SALES, LocalDate.now(clock));
	}

	public int certifiedTechnicians(String reference) {
		return certifications.validOn(reference, CertificationRole.TECHNICAL, LocalDate.now(clock));
	}

	public Figures of(String reference) {
		return new Figures(yearlyRevenue(reference), certifiedSalesPeople(reference), certifiedTechnicians(reference));
	}

	/** The first day of the 12 months that end with {@code today}. */
	public static LocalDate firstDayOfTwelveMonths(LocalDate today) {
		return today.minusYears(1).plusDays(1);
	}

}
