package io.partnerflow.system;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * What Tasklist shows, in the language of the user who reads it ({@link StaffLanguages}: their
 * choice, else their browser's), on both REST APIs:
 * <ul>
 * <li>a task's or a start event's Camunda Form, {@code GET .../task/{id}/deployed-form} and
 * {@code GET .../process-definition/.../deployed-start-form}: one form per task stays the rule, only
 * its texts change ({@link FormTexts}); its keys, fields and validation are the deployed form's, which
 * the write guard checks submissions against;</li>
 * <li>the lists of tasks, filters and models ({@code .../task}, {@code .../filter/{id}/list},
 * {@code .../process-definition}...): the names people read ({@link TaskTexts}).</li>
 * </ul>
 * A form's selects whose options are reference data get the options of the moment ({@link FormOptions}).
 * Only the answers change, never a request: the engine keeps the English.
 */
class TasklistLanguageFilter extends OncePerRequestFilter {

	private static final String API = "^(?:/engine-rest|/camunda/api/engine/engine/([^/]+))";

	private static final Pattern FORM = Pattern.compile(API
			+ "/(?:task/[^/]+/deployed-form|process-definition/(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)/deployed-start-form)/?$");

	private static final Pattern LIST = Pattern.compile(API + "/(?:task(?:/[^/]+)?|filter(?:/[^/]+(?:/list|/singleResult)?)?"
			+ "|process-definition(?:/key/[^/]+(?:/tenant-id/[^/]+)?|/[^/]+)?)/?$");

	private final StaffLanguages languages;

	private final IdentityService identity;

	private final ObjectMapper json;

	private final FormTexts forms = new FormTexts();

	private final TaskTexts lists = new TaskTexts();

	private final List<FormOptions> options;

	TasklistLanguageFilter(StaffLanguages languages, IdentityService identity, ObjectMapper json, List<FormOptions> options) {
		this.languages = languages;
		this.identity = identity;
		this.json = json;
		this.options = List.copyOf(options);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher form = FORM.matcher(path);
		Matcher list = LIST.matcher(path);
		boolean isForm = form.matches() && "GET".equals(request.getMethod());
		boolean isList = !isForm && list.matches() && ("GET".equals(request.getMethod()) || "POST".equals(request.getMethod()));
		if (!isForm && !isList) {
			chain.doFilter(request, response);
			return;
		}
		Locale language = languages.of(userId(request, (isForm ? form : list).group(1)), request);
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		// a list in English is the engine's own; a form may still have options to fill
		if (FormTexts.original(language) && (isList || options.isEmpty())) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper served = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, served);
		if (served.getStatus() == HttpServletResponse.SC_OK && served.getContentType() != null && json(served.getContentType())
				&& served.getContentSize() > 0) {
			JsonNode answer = json.readTree(served.getContentInputStream());
			if (isForm) {
				fillOptions(answer, answer.path("id").asText(""), language);
				forms.translate(answer, language);
			}
			else {
				lists.translate(answer, language);
			}
			byte[] translated = json.writeValueAsBytes(answer);
			served.resetBuffer();
			served.getOutputStream().write(translated);
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage());
		}
		served.copyBodyToResponse();
	}

	/** Gives each select whose options come from reference data ({@link FormOptions}) the options of now. */
	private void fillOptions(JsonNode container, String formId, Locale language) {
		for (JsonNode component : container.path("components")) {
			if (component instanceof ObjectNode field && field.path("key").isTextual()) {
				for (FormOptions source : options) {
					source.options(formId, field.path("key").asText(), language).ifPresent(offered -> {
						ArrayNode values = field.putArray("values");
						offered.forEach(option -> values.addObject().put("label", option.label()).put("value", option.value()));
					});
				}
			}
			fillOptions(component, formId, language);
		}
	}

	/** JSON or HAL (Tasklist asks its lists as {@code application/hal+json}). */
	private static boolean json(String contentType) {
		MediaType type = MediaType.parseMediaType(contentType);
		return "json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json");
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
