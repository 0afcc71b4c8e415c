package io.partnerflow.system;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * A refusal written before any controller (by a filter chain's entry point or access-denied handler)
 * as the controllers write theirs: an RFC 7807 problem ({@code application/problem+json}) with a fixed
 * detail, nothing of the request in it.
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	/** Writes the problem; {@code challenge} is the {@code WWW-Authenticate} header of a 401 (none if null). */
	public static void write(HttpServletResponse response, ObjectMapper json, HttpStatus status, String detail,
			String challenge) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		response.setStatus(status.value());
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader("Retry-After", "5");
		}
		if (status == HttpStatus.UNAUTHORIZED && challenge != null) {
			response.setHeader("WWW-Authenticate", challenge);
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

}
