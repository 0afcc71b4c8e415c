package io.partnerflow.notification;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The mail templates under {@code templates/mail/}: {@code NAME.html} (its {@code <title>} is the
 * subject) and {@code NAME.txt}, the plain-text body, both Thymeleaf.
 */
@Component
class MailTemplates {

	private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

	record RenderedMail(String subject, String text, String html) {
	}

	// SpringTemplateEngine evaluates expressions with SpEL; the plain TemplateEngine needs OGNL, which is not on the classpath
	private final TemplateEngine engine = new org.thymeleaf.spring6.SpringTemplateEngine();

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

	RenderedMail render(String template, Map<String, Object> model) {
		Context context = new Context(Locale.ENGLISH, model);
		String html = engine.process(template + ".html", context);
		String text = engine.process(template + ".txt", context);
		Matcher title = TITLE.matcher(html);
		if (!title.find()) {
			throw new IllegalStateException("Mail template " + template + ".html has no <title> for the subject");
		}
		String subject = HtmlUtils.htmlUnescape(title.group(1)).replaceAll("\\s+", " ").strip();
		return new RenderedMail(subject, text, html);
	}

}
