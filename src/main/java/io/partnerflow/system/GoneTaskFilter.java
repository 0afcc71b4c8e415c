package io.partnerflow.system;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task that was completed or withdrawn (a ballot of a closed vote, say) is 404 on every task
 * endpoint of the engine's REST API, {@code /engine-rest/task/{id}/...} and the webapps'
 * {@code /camunda/api/engine/engine/{name}/task/{id}/...}, with or without a trailing slash:
 * form, deployed-form, rendered-form, form-variables, variables, submit-form, complete, claim,
 * unclaim, assignee... Camunda answers some of them 500 (deployed-form: a NullPointerException).
 * Only authenticated callers learn that a task is gone; a task the caller may not see is not gone,
 * and gets the engine's own answer. A task that goes between this check and the call is answered
 * 404 by {@link EngineRestProviders}.
 */
class GoneTaskFilter extends OncePerRequestFilter {

	private static final Pattern TASK = Pattern
		.compile("^(?:/engine-rest|/camunda/api/engine/engine/([^/]+))/task/([^/]+)(?:/.*)?$");

	private final TaskService taskService;

	private final IdentityService identityService;

	private final ObjectMapper json;

	GoneTaskFilter(TaskService taskService, IdentityService identityService, ObjectMapper json) {
		this.taskService = taskService;
		this.identityService = identityService;
		this.json = json;
	}

	/** What the user reads: no id, which tells them nothing; the list they reload shows what is open. */
	static String goneMessage() {
		return "This task is no longer open: it was completed or withdrawn (a vote that closes withdraws its open "
				+ "ballots). Reload the list.";
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher task = TASK.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (task.matches() && !EngineErrorAnswer.TASK_COLLECTION_WORDS.contains(task.group(2))
				&& authenticated(request, task.group(1)) && !exists(identityService, taskService, task.group(2))) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			json.writeValue(response.getOutputStream(),
					Map.of("type", "InvalidRequestException", "message", goneMessage(), "code", 0));
			return;
		}
		chain.doFilter(request, response);
	}

	/** {@code /engine-rest}: Camunda's Basic authentication ran before; the webapps: a login in the session. */
	private boolean authenticated(HttpServletRequest request, String webappEngine) {
		if (webappEngine == null) {
			return new CurrentUser(identityService).id().isPresent();
		}
		HttpSession session = request.getSession(false);
		return session != null
				&& AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(webappEngine) != null;
	}

	/** Looks the task up without the caller's authorizations. */
	static boolean exists(IdentityService identityService, TaskService taskService, String taskId) {
		return new CurrentUser(identityService).withoutAuthorization(() -> taskService.createTaskQuery().taskId(taskId).count() > 0);
	}

}
