package io.partnerflow.system;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the Cockpit plugins read the own API with the login of the Camunda webapps: a GET or HEAD
 * without an {@code Authorization} header, from a browser whose HTTP session holds a webapp login
 * for our engine, runs as that user with its current Camunda groups as authorities. Only reads:
 * a modifying request needs HTTP Basic, so the webapps' session cookie never changes anything here
 * and the API needs no CSRF protection.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");

	private final IdentityService identityService;

	private final String engineName;

	private final AuthenticationEntryPoint entryPoint;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	/** Whether a modifying request may use the login too: only in a chain whose forms carry a CSRF token. */
	private final boolean changesToo;

	WebappSessionAuthenticationFilter(IdentityService identityService, String engineName,
			AuthenticationEntryPoint entryPoint) {
		this(identityService, engineName, entryPoint, false);
	}

	private WebappSessionAuthenticationFilter(IdentityService identityService, String engineName,
			AuthenticationEntryPoint entryPoint, boolean changesToo) {
		this.identityService = identityService;
		this.engineName = engineName;
		this.entryPoint = entryPoint;
		this.changesToo = changesToo;
	}

	/** The webapps' login for every method, for pages whose chain checks a CSRF token on each change. */
	static WebappSessionAuthenticationFilter withCsrfProtectedChanges(IdentityService identityService, String engineName,
			AuthenticationEntryPoint entryPoint) {
		return new WebappSessionAuthenticationFilter(identityService, engineName, entryPoint, true);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String userId = webappUser(request);
		if (userId != null) {
			try {
				List<SimpleGrantedAuthority> groups = CamundaUserAuthenticationProvider.groupsOf(identityService, userId);
				if (identityService.createUserQuery().userId(userId).count() == 1) {
					SecurityContext context = contexts.createEmptyContext();
					context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId, null, groups));
					contexts.setContext(context);
				}
			}
			catch (RuntimeException identityStoreUnreachable) {
				entryPoint.commence(request, response,
						new AuthenticationServiceException("Users cannot be checked now", identityStoreUnreachable));
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** The user logged into the webapps in this session, when the request may use it; otherwise null. */
	private String webappUser(HttpServletRequest request) {
		if (!changesToo && !SAFE_METHODS.contains(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return null;
		}
		org.springframework.security.core.Authentication current = contexts.getContext().getAuthentication();
		if (current != null && current.isAuthenticated()) {
			return null;
		}
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Authentication login = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engineName);
		return login == null ? null : login.getIdentityId();
	}

}
