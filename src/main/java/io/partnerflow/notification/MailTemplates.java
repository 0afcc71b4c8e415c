package io.partnerflow.notification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The mail templates under {@code templates/mail/}: {@code NAME.html} (its {@code <title>} is the
 * subject) and {@code NAME.txt}, the plain-text body, both Thymeleaf. The HTML head declares who the
 * mail is for and which process variables it reads, both kept out of the mail itself:
 * <pre>
 * &lt;meta name="audience" content="partner" th:remove="all"&gt;   (or internal)
 * &lt;meta name="variables" content="contractSignedAt, dayHundredOn" th:remove="all"&gt;
 * &lt;meta name="personal-link" content="application-file" th:remove="all"&gt;   (optional, see {@link PersonalLinks})
 * &lt;meta name="report" content="kpis" th:remove="all"&gt;   (optional, see {@link MailReports})
 * </pre>
 * Every template also reads {@code partner}, {@code recruiter} (a {@link StaffMember}) and {@code baseUrl};
 * one that declares a personal link reads {@code personalLink}. A report is about no partner: it
 * reads {@code baseUrl} and {@code report}, never {@code partner} nor {@code recruiter}.
 */
@Component
class MailTemplates {

	private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

	private static final String FOLDER = "templates/mail/";

	/** What every template is given besides its declared variables. */
	static final Set<String> ALWAYS_GIVEN = Set.of("partner", "recruiter", "baseUrl");

	/**
	 * The personal link of a letter the partner portal sends itself, to one of its accounts (a
	 * colleague's invitation, a password reset: {@link NotificationService#sendPersonalLetter}); no
	 * model sends such a letter.
	 */
	static final String PORTAL_PASSWORD_LINK = "portal-password";

	/** What a template that declares a personal link is given besides: the link, for this mail. */
	static final String PERSONAL_LINK = "personalLink";

	/** What a report's template is given besides {@code baseUrl}: the report ({@link MailReports.Report#content()}). */
	static final String REPORT = "report";

	/** A mail as its template writes it, with the images its HTML shows inline (none but a report's). */
	record RenderedMail(String subject, String text, String html, List<MailReports.InlineImage> images) {

		RenderedMail(String subject, String text, String html) {
			this(subject, text, html, List.of());
		}

		RenderedMail with(List<MailReports.InlineImage> inline) {
			return new RenderedMail(subject, text, html, List.copyOf(inline));
		}

	}

	/**
	 * A template's declaration: who reads it, the process variables it is given, the personal link it
	 * carries (or null), the report it is (or null: a mail about a partner).
	 */
	record MailTemplate(String name, MailAudience audience, Set<String> variables, String personalLink, String report) {

		/** Refuses a recipient of the partner's (its contact, its recruiter) for a report, which is about none. */
		void refuseIfAboutNoPartner(RecipientSpec recipient) {
			if (report != null
					&& (recipient.kind() == RecipientSpec.Kind.PARTNER || recipient.kind() == RecipientSpec.Kind.RECRUITER)) {
				throw new MisaddressedMailException("Mail template " + name + " is a report, about no partner: "
						+ recipient + " cannot receive it; name groups or users");
			}
		}

	}

	private final Map<String, MailTemplate> declared = new ConcurrentHashMap<>();

	/** Whether each {@code language/NAME} has its two files. */
	private final Map<String, Boolean> translations = new ConcurrentHashMap<>();

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	MailTemplates() {
		engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
		engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setCacheable(true);
		resolver.setOrder(order);
		return resolver;
	}

	/** The template's declaration, refused as a configuration error when it has none or no such template exists. */
	MailTemplate template(String name) {
		return declared.computeIfAbsent(name, MailTemplates::read);
	}

	private static MailTemplate read(String name) {
		if (!name.matches("[a-z0-9-]+")) {
			throw new MisaddressedMailException("Not a mail template name: '" + name + "'");
		}
		String html = resource(name + ".html");
		if (resource(name + ".txt") == null || html == null) {
			throw new MisaddressedMailException("No mail template " + name + " (.html and .txt) under " + FOLDER);
		}
		MailAudience audience = MailAudience.parse(meta(html, "audience"), name);
		String list = meta(html, "variables");
		Set<String> variables = new LinkedHashSet<>();
		if (list != null) {
			Arrays.stream(list.split("[,\\s]+")).filter(v -> !v.isEmpty()).forEach(variables::add);
		}
		String personalLink = meta(html, "personal-link");
		if (personalLink != null && audience != MailAudience.PARTNER) {
			throw new MisaddressedMailException("Mail template " + name + " carries a personal link, which only a"
					+ " letter to the partner's contact may carry");
		}
		String report = meta(html, "report");
		if (report != null && audience != MailAudience.INTERNAL) {
			throw new MisaddressedMailException("Mail template " + name + " is a report, which only an internal notice"
					+ " may be");
		}
		return new MailTemplate(name, audience, Set.copyOf(variables), personalLink, report);
	}

	private static String meta(String html, String metaName) {
		Matcher meta = Pattern.compile("<meta\\s+name=\"" + metaName + "\"\\s+content=\"([^\"]*)\"").matcher(html);
		return meta.find() ? meta.group(1) : null;
	}

	private static String resource(String file) {
		try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
			return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot read mail template " + file, e);
		}
	}

	RenderedMail render(String template, Map<String, Object> model) {
		return render(template, model, Locale.ENGLISH);
	}

	/**
	 * The mail in {@code language} when the template has a translation ({@code fr/NAME.html} and
	 * {@code fr/NAME.txt}, declaring what {@code NAME.html} declares), else in English; dates and
	 * numbers the template formats follow the language it is written in.
	 */
	RenderedMail render(String template, Map<String, Object> model, Locale language) {
		boolean translated = translations.computeIfAbsent(language.getLanguage() + "/" + template,
				path -> resource(path + ".html") != null && resource(path + ".txt") != null);
		String file = translated ? language.getLanguage() + "/" + template : template;
		Context context = new Context(translated ? language : Locale.ENGLISH, model);
		String html = engine.process(file + ".html", context);
		String text = engine.process(file + ".txt", context);
		Matcher title = TITLE.matcher(html);
		if (!title.find()) {
			throw new IllegalStateException("Mail template " + template + ".html has no <title> for the subject");
		}
		String subject = HtmlUtils.htmlUnescape(title.group(1)).replaceAll("\\s+", " ").strip();
		return new RenderedMail(subject, text, html);
	}

}
