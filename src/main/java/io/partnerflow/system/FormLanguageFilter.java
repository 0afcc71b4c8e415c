package io.partnerflow.system;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves a task's or a start event's Camunda Form in the language of the user who opens it
 * ({@link StaffLanguages}: their choice, else their browser's), on both REST APIs:
 * {@code GET .../task/{id}/deployed-form} and {@code GET .../process-definition/.../deployed-start-form}.
 * One form per task stays the rule: only its texts change ({@link FormTexts}); its keys, fields and
 * validation are the deployed form's, which the write guard checks submissions against.
 */
class FormLanguageFilter extends OncePerRequestFilter {

	private static final Pattern FORM = Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/([^/]+))"
			+ "/(?:task/[^/]+/deployed-form|process-definition/(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)/deployed-start-form)/?$");

	private final StaffLanguages languages;

	private final IdentityService identity;

	private final ObjectMapper json;

	private final FormTexts texts = new FormTexts();

	FormLanguageFilter(StaffLanguages languages, IdentityService identity, ObjectMapper json) {
		this.languages = languages;
		this.identity = identity;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher form = FORM.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (!form.matches() || !"GET".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		Locale language = languages.of(userId(request, form.group(1)), request);
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		if (FormTexts.original(language)) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper served = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, served);
		if (served.getStatus() == HttpServletResponse.SC_OK && served.getContentType() != null
				&& MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(served.getContentType()))) {
			JsonNode deployed = json.readTree(served.getContentInputStream());
			texts.translate(deployed, language);
			byte[] translated = json.writeValueAsBytes(deployed);
			served.resetBuffer();
			served.getOutputStream().write(translated);
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage());
		}
		served.copyBodyToResponse();
	}

	/** {@code /engine-rest}: Camunda's Basic authentication ran before; the webapps: the login in the session. */
	private String userId(HttpServletRequest request, String webappEngine) {
		if (webappEngine == null) {
			return new CurrentUser(identity).id().orElse(null);
		}
		HttpSession session = request.getSession(false);
		Authentication login = session == null ? null
				: AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(webappEngine);
		return login == null ? null : login.getName();
	}

}
