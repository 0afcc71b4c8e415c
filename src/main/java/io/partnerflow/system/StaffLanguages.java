package io.partnerflow.system;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The language PartnerFlow speaks to a member of staff: the one they chose on their account page,
 * kept as Camunda user info ({@value #USER_INFO}) beside the user; else, where a browser asks (a
 * Tasklist form, a page), the browser's language, as the webapps themselves choose; else the
 * default ({@code partnerflow.language.default}). A mail has no browser: it is written in the
 * chosen language or the default.
 */
@Component
public class StaffLanguages {

	/** The languages PartnerFlow is written in; a third one is added here, with its bundles. */
	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

	/** The Camunda user info key that holds a user's choice (a language tag: en, fr). */
	static final String USER_INFO = "partnerflow.language";

	private final IdentityService identity;

	private final Locale fallback;

	StaffLanguages(IdentityService identity, @Value("${partnerflow.language.default:en}") String fallback) {
		this.identity = identity;
		this.fallback = supported(fallback).orElseThrow(() -> new IllegalStateException(
				"partnerflow.language.default is '" + fallback + "': PartnerFlow is written in " + tags()));
	}

	/**
	 * One of PartnerFlow's own bundles of texts by language ({@code messages/<basename>*.properties},
	 * UTF-8): a language without a file reads the base file's, never the server's language; with
	 * {@code patterns}, each text is a MessageFormat pattern (an apostrophe written ''), else plain text.
	 */
	static ResourceBundleMessageSource bundle(String basename, boolean patterns) {
		ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
		bundle.setBasename(basename);
		bundle.setDefaultEncoding("UTF-8");
		bundle.setFallbackToSystemLocale(false);
		bundle.setAlwaysUseMessageFormat(patterns);
		return bundle;
	}

	/** The supported language of this tag ({@code fr}, {@code fr-BE}, {@code EN}), or empty. */
	public static Optional<Locale> supported(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
		return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
	}

	/** The supported languages' tags, for a message. */
	public static String tags() {
		return String.join(", ", SUPPORTED.stream().map(Locale::getLanguage).toList());
	}

	/** The language the user chose, or empty when they never did. */
	public Optional<Locale> chosen(String userId) {
		return userId == null ? Optional.empty() : supported(identity.getUserInfo(userId, USER_INFO));
	}

	/** The user's language for a mail: their choice, else the default. */
	public Locale of(String userId) {
		return chosen(userId).orElse(fallback);
	}

	/** The user's language for what their browser shows: their choice, else the browser's (when there is a request), else the default. */
	public Locale of(String userId, HttpServletRequest request) {
		return chosen(userId).or(() -> fromBrowser(request)).orElse(fallback);
	}

	/** Keeps the user's choice; a language PartnerFlow is not written in is refused. */
	public void choose(String userId, String tag) {
		Locale language = supported(tag).orElseThrow(
				() -> new BadRequestException("language", "PartnerFlow is written in " + tags() + ", not this language"));
		identity.setUserInfo(userId, USER_INFO, language.getLanguage());
	}

	/**
	 * The browser's first language when PartnerFlow speaks it: the webapps choose theirs the same way
	 * (the browser's first language, else their fallback), so a form and the Tasklist around it agree.
	 */
	private static Optional<Locale> fromBrowser(HttpServletRequest request) {
		String header = request == null ? null : request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		try {
			return Locale.LanguageRange.parse(header).stream().findFirst().flatMap(range -> supported(range.getRange()));
		}
		catch (IllegalArgumentException unreadable) {
			return Optional.empty();
		}
	}

}
