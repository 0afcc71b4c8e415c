package io.partnerflow.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import io.partnerflow.system.BadRequestException;
import org.springframework.util.MultiValueMap;

/**
 * The KPIs month by month, as {@code GET /api/kpis/trend?months=12} answers them: each month's cohort
 * is the partners listed in it, its figures those {@link KpiService} computes for any period (one
 * definition of each KPI). The months end with the current one, which counts up to today.
 */
record KpiTrend(LocalDate from, LocalDate to, List<Kpis> months) {

	static final int DEFAULT_MONTHS = 12;

	static final int MAX_MONTHS = 36;

	/** The number of months the query asks for, or a {@link BadRequestException} naming the bad parameter. */
	static int months(MultiValueMap<String, String> query) {
		for (String name : query.keySet()) {
			if (!name.equals("months")) {
				throw new BadRequestException(KpiPeriod.abbreviate(name), "is not a parameter of this request (months)");
			}
		}
		List<String> values = query.get("months");
		if (values == null) {
			return DEFAULT_MONTHS;
		}
		if (values.size() > 1) {
			throw new BadRequestException("months", "must be given once");
		}
		String value = values.get(0);
		int months = value.matches("\\d{1,2}") ? Integer.parseInt(value) : 0;
		if (months < 1 || months > MAX_MONTHS) {
			throw new BadRequestException("months", "must be a whole number from 1 to " + MAX_MONTHS);
		}
		return months;
	}

	/** The KPIs of each of the {@code months} months that end with {@code last}, oldest first. */
	static KpiTrend of(KpiService kpis, int months, YearMonth last, LocalDate today) {
		List<Kpis> figures = new ArrayList<>();
		for (YearMonth month = last.minusMonths(months - 1L); !month.isAfter(last); month = month.plusMonths(1)) {
			figures.add(kpis.compute(KpiPeriod.month(month, today)));
		}
		return new KpiTrend(figures.get(0).from(), figures.get(figures.size() - 1).to(), List.copyOf(figures));
	}

}
