package io.partnerflow.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * The dates users type in forms: read as Tasklist's date picker sends them (YYYY-MM-DD) or as a date
 * value, and checked against a plausible range. Days are UTC days; "today" is the caller's, read from
 * the application's clock ({@link EngineClock}), so tests and the simulator that move the clock move
 * it too.
 */
public final class FormDates {

	private FormDates() {
	}

	/** The day of an instant, or null. */
	public static LocalDate dayOf(Instant instant) {
		return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
	}

	/** The date of a form value (YYYY-MM-DD, an ISO date-time, a Date or a LocalDate); null when it is none. */
	public static LocalDate parse(Object value) {
		if (value instanceof Date date) {
			return dayOf(date.toInstant());
		}
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof String text && !text.isBlank()) {
			String day = text.strip();
			try {
				return LocalDate.parse(day.length() > 10 ? day.substring(0, 10) : day);
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
		return null;
	}

	/**
	 * What is wrong with the form's date {@code key} outside earliest to today, in the words of the
	 * user who submits it, or null when it is in range. {@code earliestIs} is the key of the words
	 * that name the earliest date ({@code earliest.committeeApproval}: "the committee's approval");
	 * a null earliest bounds nothing.
	 */
	public static String outOfRange(SubmittedForm form, String key, LocalDate earliest, String earliestIs, LocalDate today) {
		LocalDate date = form.date(key);
		if (date.isAfter(today)) {
			return form.say("date.future", form.label(key));
		}
		if (earliest != null && date.isBefore(earliest)) {
			return form.say("date.before", form.label(key), form.day(earliest), form.say(earliestIs));
		}
		return null;
	}

}
