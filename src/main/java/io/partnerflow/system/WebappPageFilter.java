package io.partnerflow.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine refuses a user's query without a page size once {@code queryMaxResultsLimit} is set
 * (2,000), and a few screens of Cockpit 7.24 ask without one (the versions of a process
 * definition, say). For the webapps' engine API only ({@code /camunda/api/engine/...}), a request
 * without {@code maxResults} asks for the first 2,000 rows, as Tasklist pages its filters; the
 * engine's public REST API keeps refusing an unbounded query with 400.
 */
class WebappPageFilter extends OncePerRequestFilter {

	static final String MAX_RESULTS = "maxResults";

	private final int pageSize;

	WebappPageFilter(int pageSize) {
		this.pageSize = pageSize;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getParameter(MAX_RESULTS) != null || request.getRequestURI().endsWith("/count")) {
			chain.doFilter(request, response);
			return;
		}
		String query = request.getQueryString();
		String paged = (query == null || query.isEmpty() ? "" : query + "&") + MAX_RESULTS + "=" + pageSize;
		chain.doFilter(new HttpServletRequestWrapper(request) {
			@Override
			public String getQueryString() {
				return paged;
			}

			@Override
			public String getParameter(String name) {
				return MAX_RESULTS.equals(name) ? String.valueOf(pageSize) : super.getParameter(name);
			}
		}, response);
	}

}
