package io.partnerflow.system;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to every error of the engine's REST API, at {@code /engine-rest} and inside the webapps
 * ({@code /camunda/api/engine/...}, what Tasklist and Cockpit call), in Camunda's JSON shape
 * ({@code type}, {@code message}) and with a 4xx for a client's mistake:
 * <ul>
 * <li>a task that was completed or withdrawn: 404 on every task endpoint, even when it went
 * between the check and the call;</li>
 * <li>a refused form ({@link FormRefusedException}): 400 with the user's message; a refused right:
 * 403 with Camunda's message;</li>
 * <li>a change made by someone else at the same moment: 409;</li>
 * <li>a value the database refuses (too long): 400; a duplicate (an existing group member): 409;</li>
 * <li>a body that is not JSON or nests too deeply: 400;</li>
 * <li>anything else: 500 with a generic message and an error id that the log has too.</li>
 * </ul>
 * No body carries SQL, class names or stack frames.
 */
final class EngineErrorAnswer {

	private static final Logger log = LoggerFactory.getLogger(EngineErrorAnswer.class);

	/** A task sub-resource, relative to the REST application: {@code task/{id}/...} or {@code engine/{name}/task/{id}/...}. */
	private static final Pattern TASK_PATH = Pattern.compile("^/?(?:engine/[^/]+/)?task/([^/]+)(?:/.*)?$");

	/** Words of {@code /task/...} that are not task ids. */
	static final List<String> TASK_COLLECTION_WORDS = List.of("count", "create", "report");

	/** What looks like engine internals in a message: a qualified class name, SQL, a stack frame. */
	private static final Pattern INTERNALS = Pattern.compile(
			"(\\b(java|javax|jakarta|org|com|io|sun)\\.[a-z]\\w*\\.)|###|\\bSQL|\\bselect\\b.*\\bfrom\\b|\\n\\s*at |Exception:",
			Pattern.CASE_INSENSITIVE);

	private EngineErrorAnswer() {
	}

	/** The answer to a failure of the request at {@code path} (relative to the REST application). */
	static Response answer(Throwable failure, String path) {
		String goneTask = goneTask(path);
		if (goneTask != null) {
			return error(Response.Status.NOT_FOUND, "InvalidRequestException", GoneTaskFilter.goneMessage());
		}
		FormRefusedException refused = cause(failure, FormRefusedException.class);
		if (refused != null) {
			return error(Response.Status.BAD_REQUEST, "FormRefusedException", refused.getMessage());
		}
		AuthorizationException denied = cause(failure, AuthorizationException.class);
		if (denied != null) {
			return camunda(Response.Status.FORBIDDEN, denied);
		}
		if (cause(failure, OptimisticLockingException.class) != null) {
			return error(Response.Status.CONFLICT, "OptimisticLockingException",
					"Someone else changed the same data at the same moment; nothing was changed. Reload and try again.");
		}
		SQLException sql = cause(failure, SQLException.class);
		if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
			return error(Response.Status.BAD_REQUEST, "InvalidRequestException",
					"A value is too long or not valid (a text over its maximum length?); nothing was changed");
		}
		if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
			return error(Response.Status.CONFLICT, "InvalidRequestException",
					"This is recorded already, or conflicts with what is recorded; nothing was changed");
		}
		if (cause(failure, JsonProcessingException.class) != null) {
			return error(Response.Status.BAD_REQUEST, "InvalidRequestException",
					"The request body is not valid JSON, or nests too deeply");
		}
		NotFoundException notFound = cause(failure, NotFoundException.class);
		if (notFound != null) {
			return error(Response.Status.NOT_FOUND, "InvalidRequestException", safe(notFound.getMessage(), "Not found"));
		}
		if (failure instanceof BadUserRequestException badRequest) {
			return camunda(Response.Status.BAD_REQUEST, badRequest);
		}
		Response.Status status = ExceptionHandlerHelper.getInstance().getStatus(failure);
		if (status != null && status.getFamily() == Response.Status.Family.CLIENT_ERROR) {
			return camunda(status, failure);
		}
		return unexpected(failure);
	}

	/** Camunda's own answer, its message kept unless it shows internals. */
	private static Response camunda(Response.Status status, Throwable failure) {
		ExceptionDto dto = ExceptionHandlerHelper.getInstance().fromException(failure);
		dto.setMessage(safe(dto.getMessage(), status.getReasonPhrase()));
		return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(dto).build();
	}

	private static Response unexpected(Throwable failure) {
		String errorId = UUID.randomUUID().toString();
		log.error("Unexpected error {} in the engine's REST API", errorId, failure);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "ServerError");
		body.put("message", "Unexpected error (error id " + errorId + "); nothing was changed. The server log has the details.");
		body.put("errorId", errorId);
		return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
	}

	static Response error(Response.Status status, String type, String message) {
		return error(status.getStatusCode(), type, message);
	}

	static Response error(int status, String type, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type);
		body.put("message", message);
		body.put("code", 0);
		return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
	}

	static String safe(String message, String fallback) {
		return message == null || message.isBlank() || INTERNALS.matcher(message).find() ? fallback : message;
	}

	/** The id of the task the path is about, when that task no longer exists; otherwise null. */
	private static String goneTask(String path) {
		Matcher task = TASK_PATH.matcher(path == null ? "" : path);
		if (!task.matches() || TASK_COLLECTION_WORDS.contains(task.group(1))) {
			return null;
		}
		try {
			ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
			return GoneTaskFilter.exists(engine.getIdentityService(), engine.getTaskService(), task.group(1)) ? null
					: task.group(1);
		}
		catch (RuntimeException cannotTell) {
			return null;
		}
	}

	private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
			if (cause instanceof SQLException sql && sql.getNextException() != null && type.isInstance(sql.getNextException())) {
				return type.cast(sql.getNextException());
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
