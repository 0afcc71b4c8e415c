package io.partnerflow.system;

import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of the own API into an RFC 7807 problem: 400 naming each bad field, 404,
 * 409 for a conflict with the partner's state, 503 when the database cannot be reached. A stack
 * trace never leaves the server.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	/** One invalid field or parameter: its name and what is wrong with it. */
	record FieldProblem(String field, String message) {
	}

	/** 404 or 409 as the feature's exception says (an unknown partner, a duplicate, a refused status change...). */
	@ExceptionHandler(ProblemException.class)
	ProblemDetail problem(ProblemException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.getStatus(), e.getMessage());
		problem.setTitle(e.getTitle());
		e.getProperties().forEach(problem::setProperty);
		return problem;
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ProblemDetail tooLarge(PayloadTooLargeException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
		problem.setTitle("Too large");
		return problem;
	}

	/** A multipart upload over {@code spring.servlet.multipart.max-file-size} or {@code max-request-size}. */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String limit = e.getMaxUploadSize() > 0 ? "%,d bytes".formatted(e.getMaxUploadSize()) : "the upload limit";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				"The upload is larger than " + limit + ": split the file; nothing was imported");
		problem.setTitle("Too large");
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
	}

	@ExceptionHandler(BadRequestException.class)
	ProblemDetail badRequest(BadRequestException e) {
		return invalid(e.getMessage(), e.getProblems());
	}

	/**
	 * A query parameter name the firewall refuses (a control character, say): checked only when the
	 * parameters are read, so it arrives here rather than at the firewall's own handler.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ProblemDetail rejected(RequestRejectedException e) {
		return invalid("The request address contains characters that are not allowed",
				List.of(new FieldProblem("query", "contains characters that are not allowed")));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException e) {
		List<FieldProblem> problems = e.getConstraintViolations()
			.stream()
			.map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
			.toList();
		return invalid("Invalid request", problems);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your groups do not allow this request");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The partner was changed by someone else at the same moment; read it again and retry");
		problem.setTitle("Concurrent change");
		return problem;
	}

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
		log.warn("Database unavailable: {}", e.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The database cannot be reached; nothing was changed. Try again in a moment.");
		problem.setTitle("Service unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = e.getBindingResult()
			.getAllErrors()
			.stream()
			.map(error -> error instanceof FieldError field ? new FieldProblem(field.getField(), field.getDefaultMessage())
					: new FieldProblem(error.getObjectName(), error.getDefaultMessage()))
			.toList();
		return ResponseEntity.badRequest().body(invalid("Invalid request body", problems));
	}

	/** A body that is not JSON, or a field of the wrong type or unknown: a 400 naming the field. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		FieldProblem problem;
		if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
			problem = new FieldProblem(unknown.getPropertyName(), "is not a field of this request");
		}
		else if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
				&& mapping.getPath().get(0).getFieldName() != null) {
			problem = new FieldProblem(mapping.getPath().get(0).getFieldName(), "has the wrong type or format");
		}
		else {
			problem = new FieldProblem("body", "must be a JSON object");
		}
		return ResponseEntity.badRequest().body(invalid("Invalid request body", List.of(problem)));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = e.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(invalid("Invalid request parameters", problems));
	}

	private static ProblemDetail invalid(String detail, List<FieldProblem> problems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				detail + ": " + String.join(", ", problems.stream().map(p -> p.field() + " " + p.message()).toList()));
		problem.setTitle("Invalid input");
		problem.setProperty("errors", problems);
		return problem;
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e) {
		log.error("Unexpected error in the API", e);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Unexpected error; nothing was changed. The server log has the details.");
		problem.setTitle("Internal error");
		return problem;
	}

	private static String lastNode(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
	}

}
