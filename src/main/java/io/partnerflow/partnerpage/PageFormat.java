package io.partnerflow.partnerpage;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerLanguage;
import org.springframework.stereotype.Component;

/** How the partner pages write times, days and amounts ({@code ${@pageFormat.when(...)}} in the templates). */
@Component
class PageFormat {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	public String when(Instant at) {
		return at == null ? "" : WHEN.format(at);
	}

	public String day(Instant at) {
		return at == null ? "" : DAY.format(at);
	}

	public String day(LocalDate day) {
		return day == null ? "" : day.toString();
	}

	/** 2,500,000 EUR. */
	/** The language PartnerFlow writes to the partner's contact in, named in English ("French"). */
	public String contactLanguage(Partner partner) {
		return PartnerLanguage.of(partner).getDisplayLanguage(Locale.ENGLISH);
	}

	public String euros(Number amount) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
		format.setMaximumFractionDigits(amount instanceof BigDecimal ? 2 : 0);
		return format.format(amount) + " EUR";
	}

}
