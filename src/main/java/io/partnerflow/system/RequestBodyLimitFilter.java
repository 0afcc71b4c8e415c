package io.partnerflow.system;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body over the limit (1 MiB by default, {@code partnerflow.limits.request-body}) is
 * refused with 413 before anything reads it: the engine's REST API in Camunda's error shape, the
 * own API as a problem. A body sent without a length (chunked) is read up to the limit first. The
 * CSV imports (candidates, leads) are not limited here: they have their own limit.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

	/** Paths with a limit of their own. */
	static final Set<String> OWN_LIMIT = Set.of("/api/candidates/import", "/api/leads/import");

	private final long limit;

	private final ObjectMapper json;

	RequestBodyLimitFilter(long limit, ObjectMapper json) {
		this.limit = limit;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return OWN_LIMIT.contains(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > limit) {
			refuse(request, response);
			return;
		}
		if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
			byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (body.length > limit) {
				refuse(request, response);
				return;
			}
			chain.doFilter(new ReadBodyRequest(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String message = "The request body is larger than the " + describe(limit) + " accepted";
		response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
		response.setHeader("Connection", "close");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, message);
			problem.setTitle("Request too large");
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getOutputStream(), problem);
		}
		else {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			json.writeValue(response.getOutputStream(),
					Map.of("type", "InvalidRequestException", "message", message, "code", 0));
		}
	}

	private static String describe(long bytes) {
		return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB"
				: bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
	}

}
