package io.partnerflow.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.regex.Pattern;

import io.partnerflow.system.BadRequestException;
import io.partnerflow.system.FormDates;
import org.springframework.util.MultiValueMap;

/**
 * The days [from, to] (UTC, both inclusive) whose listed partners form the cohort of the KPIs.
 * Read from the query parameters {@code from} and {@code to}: {@code to} defaults to today,
 * {@code from} to twelve months before {@code to}; at most ten years apart.
 */
record KpiPeriod(LocalDate from, LocalDate to) {

	private static final Set<String> PARAMETERS = Set.of("from", "to");

	private static final int MAX_YEARS = 10;

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	/** The period the query asks for, or a {@link BadRequestException} naming the bad parameter. */
	static KpiPeriod of(MultiValueMap<String, String> query, LocalDate today) {
		for (String name : query.keySet()) {
			if (!PARAMETERS.contains(name)) {
				throw new BadRequestException(abbreviate(name), "is not a parameter of this request (from, to)");
			}
			if (query.get(name).size() > 1) {
				throw new BadRequestException(name, "must be given once");
			}
		}
		LocalDate to = date(query, "to", today);
		LocalDate from = date(query, "from", to.minusMonths(12));
		if (from.isAfter(to)) {
			throw new BadRequestException("from", "must not be after to (" + to + ")");
		}
		if (to.isAfter(from.plusYears(MAX_YEARS))) {
			throw new BadRequestException("from", "must be at most " + MAX_YEARS + " years before to (" + to + ")");
		}
		return new KpiPeriod(from, to);
	}

	/** The days of a month (UTC), up to today when the month is not over. */
	static KpiPeriod month(YearMonth month, LocalDate today) {
		LocalDate last = month.atEndOfMonth();
		return new KpiPeriod(month.atDay(1), last.isAfter(today) ? today : last);
	}

	/** The first instant of the period. */
	Instant start() {
		return from.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** The first instant after the period. */
	Instant end() {
		return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** The day of the query parameter {@code name} (YYYY-MM-DD), {@code absent} without it; a bad date is a bad request. */
	static LocalDate date(MultiValueMap<String, String> query, String name, LocalDate absent) {
		String value = query.getFirst(name);
		if (value == null) {
			return absent;
		}
		// 2019-02-30 gets the same answer as any other text
		LocalDate day = DATE.matcher(value).matches() ? FormDates.parse(value) : null;
		if (day == null) {
			throw new BadRequestException(name, "must be a date YYYY-MM-DD");
		}
		return day;
	}

	/** A parameter's name as a refusal names it: at most 100 characters. */
	static String abbreviate(String name) {
		return name.length() > 100 ? name.substring(0, 100) + "..." : name;
	}

}
