package io.partnerflow.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * What a refused task form says, in the language of the user who submitted it: the texts of
 * {@code messages/refusals*.properties}, and its dates as that language writes them.
 */
final class FormWords {

	private static final ResourceBundleMessageSource BUNDLE = StaffLanguages.bundle("messages/refusals", true);

	static final FormWords ENGLISH = new FormWords(Locale.ENGLISH);

	private final Supplier<Locale> reader;

	private Locale language;

	FormWords(Locale language) {
		this.language = language;
		this.reader = () -> language;
	}

	/** The words of a reader whose language is looked up only if something is said (a refusal is rare). */
	FormWords(Supplier<Locale> reader) {
		this.reader = reader;
	}

	Locale language() {
		if (language == null) {
			language = reader.get();
		}
		return language;
	}

	/** The text of {@code key} with its values; a key without a text is a mistake of PartnerFlow's, thrown. */
	String say(String key, Object... values) {
		return BUNDLE.getMessage(key, values, language());
	}

	/** A day as the language writes it in a sentence: 2026-01-05 in English (as the forms' dates), 5 janvier 2026 in French. */
	String day(LocalDate day) {
		return FormTexts.original(language()) ? day.toString()
				: DateTimeFormatter.ofPattern("d MMMM yyyy", language()).format(day);
	}

}
