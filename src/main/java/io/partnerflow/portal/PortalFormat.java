package io.partnerflow.portal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a portal page writes days, moments and amounts in its language: "31 janvier 2027",
 * "January 31, 2027", "12 500,00 €", in the portal's time zone ({@code partnerflow.portal.time-zone}).
 * One per page: {@code ${format.day(...)}} in the templates.
 */
public final class PortalFormat {

	private final DateTimeFormatter day;

	private final DateTimeFormatter moment;

	private final NumberFormat euros;

	private final NumberFormat whole;

	private static final Pattern NUMBER = Pattern.compile("\\d{4,}");

	PortalFormat(Locale locale, ZoneId zone) {
		this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(zone);
		this.moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone);
		this.euros = NumberFormat.getCurrencyInstance(locale);
		this.euros.setCurrency(Currency.getInstance("EUR"));
		this.whole = NumberFormat.getIntegerInstance(locale);
	}

	public String day(Instant at) {
		return at == null ? "" : day.format(at);
	}

	public String day(LocalDate on) {
		return on == null ? "" : day.format(on);
	}

	public String moment(Instant at) {
		return at == null ? "" : moment.format(at);
	}

	/** A decision table's condition as people read it: "≥ 500 000", "any" when it has none. */
	public String condition(String unaryTest, String any) {
		if (unaryTest == null || unaryTest.isBlank() || unaryTest.strip().equals("-")) {
			return any;
		}
		String text = unaryTest.strip().replace(">=", "≥ ").replace("<=", "≤ ").replaceAll("\\s+", " ");
		Matcher number = NUMBER.matcher(text);
		StringBuilder written = new StringBuilder();
		while (number.find()) {
			number.appendReplacement(written, Matcher.quoteReplacement(whole.format(Long.parseLong(number.group()))));
		}
		return number.appendTail(written).toString();
	}

	public String number(Number value) {
		return value == null ? "" : whole.format(value);
	}

	public String euros(BigDecimal amount) {
		return amount == null ? "" : euros.format(amount);
	}

}
