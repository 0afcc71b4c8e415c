package io.partnerflow.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The door of every password check: answers 429 with {@code Retry-After} when the account must
 * wait at this client address ({@link LoginThrottle}), before anything checks the password, and
 * names the client of the password checks the request makes. The doors: HTTP Basic on
 * {@code /api} and {@code /engine-rest}, and the webapps' login form. The client address is the
 * request's remote address: the socket's peer, or the client a trusted proxy names in
 * {@code X-Forwarded-For} ({@code server.forward-headers-strategy}).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	/** A login form is a user name and a password: 16 KB is plenty. */
	private static final int MAX_LOGIN_FORM = 16_384;

	private static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");

	private final LoginThrottle throttle;

	private final ObjectMapper json;

	LoginThrottleFilter(LoginThrottle throttle, ObjectMapper json) {
		this.throttle = throttle;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String account;
		if ("POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches()) {
			// the login form's body, read here and replayed to the webapps (which read it as a stream)
			ReadBodyRequest replayed = new ReadBodyRequest(request, request.getInputStream().readNBytes(MAX_LOGIN_FORM));
			account = replayed.formField("username");
			request = replayed;
		}
		else {
			account = basicUser(request);
		}
		if (account != null) {
			Duration wait = throttle.waitFor(account, address);
			if (!wait.isZero()) {
				tooManyAttempts(response, wait);
				return;
			}
		}
		HttpServletRequest handedOn = request;
		try {
			LoginThrottle.asClient(address, () -> {
				try {
					chain.doFilter(handedOn, response);
				}
				catch (IOException | ServletException e) {
					throw new Passed(e);
				}
			});
		}
		catch (Passed passed) {
			if (passed.getCause() instanceof IOException io) {
				throw io;
			}
			throw (ServletException) passed.getCause();
		}
	}

	/** The account whose password the request brings in HTTP Basic, or null. */
	private static String basicUser(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
					StandardCharsets.UTF_8);
			int colon = credentials.indexOf(':');
			return colon < 0 ? null : credentials.substring(0, colon);
		}
		catch (IllegalArgumentException notBase64) {
			return null;
		}
	}

	private void tooManyAttempts(HttpServletResponse response, Duration wait) throws IOException {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"Too many wrong passwords for this account from your address: try again in " + seconds
						+ " seconds. The account is not locked.");
		problem.setTitle("Too many login attempts");
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	/** Carries the chain's checked exceptions through the client scope. */
	private static final class Passed extends RuntimeException {

		Passed(Exception cause) {
			super(cause);
		}

	}

}
