package io.partnerflow.committee;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST API answers 500 to a completion of a task that no longer exists (a second vote, a
 * ballot withdrawn because the vote closed). This filter, placed after the REST authentication,
 * answers 404 instead, in the REST API's error format, for {@code POST /engine-rest/task/{id}/complete}
 * and {@code /submit-form}.
 */
class GoneTaskFilter extends OncePerRequestFilter {

	private static final Pattern COMPLETION = Pattern.compile(".*/engine-rest/task/([^/]+)/(complete|submit-form)$");

	private final TaskService taskService;

	private final IdentityService identityService;

	private final ObjectMapper json;

	GoneTaskFilter(TaskService taskService, IdentityService identityService, ObjectMapper json) {
		this.taskService = taskService;
		this.identityService = identityService;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher completion = COMPLETION.matcher(request.getRequestURI());
		if ("POST".equals(request.getMethod()) && completion.matches()
				&& !exists(completion.group(1))) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			json.writeValue(response.getOutputStream(), Map.of("type", "InvalidRequestException", "message",
					"Task " + completion.group(1) + " does not exist: it was completed or withdrawn"));
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Looks the task up without the caller's authorizations: a task the caller may not see is not
	 * gone, and its completion gets the engine's 403.
	 */
	private boolean exists(String taskId) {
		Authentication caller = identityService.getCurrentAuthentication();
		identityService.clearAuthentication();
		try {
			return taskService.createTaskQuery().taskId(taskId).count() > 0;
		}
		finally {
			if (caller != null) {
				identityService.setAuthentication(caller);
			}
		}
	}

}
