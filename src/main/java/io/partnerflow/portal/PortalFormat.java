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

/**
 * How a portal page writes days, moments and amounts in its language: "31 janvier 2027",
 * "January 31, 2027", "12 500,00 €", in the portal's time zone ({@code partnerflow.portal.time-zone}).
 * One per page: {@code ${format.day(...)}} in the templates.
 */
public final class PortalFormat {

	private final DateTimeFormatter day;

	private final DateTimeFormatter moment;

	private final NumberFormat euros;

	PortalFormat(Locale locale, ZoneId zone) {
		this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(zone);
		this.moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone);
		this.euros = NumberFormat.getCurrencyInstance(locale);
		this.euros.setCurrency(Currency.getInstance("EUR"));
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

	public String euros(BigDecimal amount) {
		return amount == null ? "" : euros.format(amount);
	}

}
