package io.partnerflow.system;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Who may call what. The own API under {@code /api} takes HTTP Basic against the Camunda users and
 * checks groups per endpoint ({@link Groups}); the engine's REST API, open by default, takes HTTP
 * Basic through Camunda's own filter so that engine authorizations apply. The webapps keep their
 * own login and CSRF protection; their login also opens the own API's reads (GET, HEAD) to the
 * Cockpit plugins ({@link WebappSessionAuthenticationFilter}).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	static final String REALM = "PartnerFlow";

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json, ProcessEngine engine) throws Exception {
		AuthenticationEntryPoint entryPoint = basicEntryPoint(json);
		return http.securityMatcher("/api/**")
			// groups are checked before the request body is read, so a wrong group gets 403 whatever it sends
			.authorizeHttpRequests(requests -> requests
				// recruiters list candidates; a manager lists one the duplicate rule refused, with a reason
				.requestMatchers(request -> HttpMethod.POST.matches(request.getMethod())
						&& "/api/candidates".equals(request.getRequestURI().substring(request.getContextPath().length()))
						&& request.getParameter("overrideReason") != null)
				.hasAnyAuthority(Groups.MANAGERS, Groups.ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/candidates", "/api/candidates/import")
				.hasAnyAuthority(Groups.RECRUITERS, Groups.ADMIN)
				// managers open and change the recruitment plans; the leadership reads them too
				.requestMatchers(HttpMethod.GET, "/api/recruitment-plans", "/api/recruitment-plans/**")
				.hasAnyAuthority(Groups.MANAGERS, Groups.LEADERSHIP, Groups.ADMIN)
				.requestMatchers("/api/recruitment-plans", "/api/recruitment-plans/**")
				.hasAnyAuthority(Groups.MANAGERS, Groups.ADMIN)
				// managers keep the markets; the staff read them (MarketController)
				.requestMatchers(HttpMethod.POST, "/api/markets")
				.hasAnyAuthority(Groups.MANAGERS, Groups.ADMIN)
				.requestMatchers(HttpMethod.DELETE, "/api/markets/**")
				.hasAnyAuthority(Groups.MANAGERS, Groups.ADMIN)
				// the training team certifies the partners' people; the staff read who is certified
				.requestMatchers(HttpMethod.POST, "/api/partners/*/certifications")
				.hasAnyAuthority(Groups.TRAINING, Groups.ADMIN)
				.requestMatchers(HttpMethod.GET, "/api/partners/*/certifications")
				.hasAnyAuthority(Groups.INTERNAL_STAFF)
				// managers issue yellow and red cards; the staff who read partners list them (rule below)
				.requestMatchers(HttpMethod.POST, "/api/partners/*/cards")
				.hasAnyAuthority(Groups.MANAGERS, Groups.ADMIN)
				.requestMatchers("/api/partners", "/api/partners/**")
				.hasAnyAuthority(Groups.RECRUITERS, Groups.MANAGERS, Groups.ADMIN)
				// the lead cell and managers record leads; recruiters read their partners' leads too
				.requestMatchers(HttpMethod.GET, "/api/leads", "/api/leads/**")
				.hasAnyAuthority(Groups.LEADS, Groups.MANAGERS, Groups.RECRUITERS, Groups.ADMIN)
				.requestMatchers("/api/leads", "/api/leads/**")
				.hasAnyAuthority(Groups.LEADS, Groups.MANAGERS, Groups.ADMIN)
				.requestMatchers("/api/insight/**", "/api/kpis", "/api/kpis/**", "/api/decisions/**")
				.hasAnyAuthority(Groups.MANAGERS, Groups.ADMIN)
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(entryPoint))
			// the Cockpit plugins read the API with the webapps' login (GET and HEAD only)
			.addFilterAfter(new WebappSessionAuthenticationFilter(engine.getIdentityService(), engine.getName(), entryPoint),
					BasicAuthenticationFilter.class)
			.exceptionHandling(ex -> ex.accessDeniedHandler(groupsRefused(json)))
			// the API keeps no session; the webapps' one is theirs: never change its id (it would log the webapps out)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
				.sessionFixation(fixation -> fixation.none()))
			.csrf(AbstractHttpConfigurer::disable)
			.build();
	}

	/** HTTP Basic's refusals as problems: 401 without a valid user, 503 when the users cannot be checked. */
	private static AuthenticationEntryPoint basicEntryPoint(ObjectMapper json) {
		return (request, response, e) -> {
			if (e instanceof AuthenticationServiceException) {
				problem(response, json, HttpStatus.SERVICE_UNAVAILABLE,
						"The database cannot be reached; nothing was changed. Try again in a moment.");
			}
			else {
				problem(response, json, HttpStatus.UNAUTHORIZED,
						"Authentication required: HTTP Basic with a PartnerFlow user");
			}
		};
	}

	/** A user whose groups are not among the allowed ones: a 403 problem. */
	private static AccessDeniedHandler groupsRefused(ObjectMapper json) {
		return (request, response, e) -> problem(response, json, HttpStatus.FORBIDDEN, "Your groups do not allow this request");
	}

	/**
	 * The actuator's endpoints: health (with the probes) and info stay open to anyone, as load
	 * balancers and orchestrators call them; the metrics ({@code /actuator/prometheus}) need HTTP Basic
	 * with a member of {@link Groups#MONITORING} or an administrator, throttled like every password
	 * check ({@link LoginThrottleFilter}); no session. The actuator's index is refused to everyone.
	 */
	@Bean
	SecurityFilterChain actuatorSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
		return http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health", "info"))
				.permitAll()
				.requestMatchers(EndpointRequest.to("prometheus"))
				.hasAnyAuthority(Groups.MONITORING, Groups.ADMIN)
				.anyRequest()
				.denyAll())
			.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(basicEntryPoint(json)))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(basicEntryPoint(json)).accessDeniedHandler(groupsRefused(json)))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
				.sessionFixation(fixation -> fixation.none()))
			.requestCache(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			// read only, and no session or cookie authenticates here
			.csrf(AbstractHttpConfigurer::disable)
			.build();
	}

	/**
	 * The API descriptions and Swagger UI (springdoc): the partner API's description
	 * ({@code /v3/api-docs/partner}, also {@code /api/partner/v1/openapi.json}), Swagger UI's page and
	 * its configuration are public, they hold no data; every other description (staff's API) is for the
	 * staff, with HTTP Basic as the API. Only read: GET and HEAD.
	 */
	@Bean
	SecurityFilterChain apiDocs(HttpSecurity http, ObjectMapper json) throws Exception {
		AuthenticationEntryPoint entryPoint = basicEntryPoint(json);
		return readOnlyWithoutSession(http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
				"/swagger-ui.html", "/swagger-ui/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(request -> !HttpMethod.GET.matches(request.getMethod())
						&& !HttpMethod.HEAD.matches(request.getMethod()))
				.denyAll()
				.requestMatchers("/v3/api-docs/partner", "/v3/api-docs/swagger-config", "/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				.anyRequest()
				.hasAnyAuthority(Groups.INTERNAL_STAFF))
			.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(entryPoint))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(groupsRefused(json))));
	}

	/** Where a browser without a webapp login is sent to log in: the webapps' own login page. */
	static final String WEBAPP_LOGIN = "/camunda/app/welcome/default/";

	/**
	 * The partner pages ({@code /partners}, {@code /partners/{reference}}, {@code /partners.csv}) use the
	 * webapps' login only: a browser logged into Tasklist or Cockpit reads them with its user's groups
	 * ({@link WebappSessionAuthenticationFilter}); without a login it is sent to the webapps' login page,
	 * never a Basic prompt. Internal staff and admins read ({@link Groups#INTERNAL_STAFF}); every other
	 * user gets 403. Pages only read, so anything but GET and HEAD is refused and no CSRF token is needed.
	 */
	@Bean
	SecurityFilterChain partnerPages(HttpSecurity http, ProcessEngine engine) throws Exception {
		AuthenticationEntryPoint toLogin = (request, response, e) -> {
			if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
				// a session never authenticates a change here, so a change is refused before any login
				response.setHeader("Allow", "GET, HEAD");
				page(response, HttpStatus.METHOD_NOT_ALLOWED, "Partner pages only read",
						"Nothing can be changed here: partners change through their tasks in Tasklist.");
			}
			else if (e instanceof AuthenticationServiceException) {
				page(response, HttpStatus.SERVICE_UNAVAILABLE, "PartnerFlow cannot check users now",
						"The database cannot be reached. Try again in a moment.");
			}
			else {
				response.sendRedirect(request.getContextPath() + WEBAPP_LOGIN);
			}
		};
		return readOnlyWithoutSession(http.securityMatcher("/partners", "/partners/**", "/partners.csv")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(request -> HttpMethod.GET.matches(request.getMethod())
						|| HttpMethod.HEAD.matches(request.getMethod()))
				.hasAnyAuthority(Groups.INTERNAL_STAFF)
				.anyRequest()
				.denyAll())
			.addFilterBefore(new WebappSessionAuthenticationFilter(engine.getIdentityService(), engine.getName(), toLogin),
					AnonymousAuthenticationFilter.class)
			.exceptionHandling(ex -> ex.authenticationEntryPoint(toLogin)
				.accessDeniedHandler((request, response, e) -> page(response, HttpStatus.FORBIDDEN,
						"Partner pages are for PartnerFlow's staff",
						"Your groups do not give access to partner pages: they are read by the recruiters, the committee,"
								+ " managers, marketing, training, sales, legal, the leadership, the lead cell and administrators."))));
	}

	/**
	 * A chain that only reads: no session of its own (and the webapps' one never gets a new id), no
	 * saved request, no logout, no CSRF token (every method but GET and HEAD is refused by its rules).
	 */
	private static SecurityFilterChain readOnlyWithoutSession(HttpSecurity http) throws Exception {
		return http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
			.sessionFixation(fixation -> fixation.none()))
			.requestCache(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.csrf(AbstractHttpConfigurer::disable)
			.build();
	}

	/**
	 * The administrators' pages ({@code /admin/**}: the migration of running partners) use the webapps'
	 * login, as the partner pages do, and only administrators ({@link Groups#ADMIN}) open them; a
	 * browser without a login is sent to the webapps' login page. Unlike the partner pages they change
	 * something, so every form carries a CSRF token of its own (kept in the session the webapps' login
	 * lives in, whose id is never changed here).
	 */
	@Bean
	SecurityFilterChain adminPages(HttpSecurity http, ProcessEngine engine) throws Exception {
		return webappFormPages(http.securityMatcher("/admin/**"), engine, new String[] { Groups.ADMIN },
				"For administrators", "Only administrators open this page, and its forms only from the page itself"
						+ " (reload it and try again).");
	}

	/**
	 * A member of staff's account page ({@code /account}: the language PartnerFlow speaks to them),
	 * with the webapps' login and a CSRF token on its form, as the administrators' pages. Each user
	 * changes their own account only: the page knows no other.
	 */
	@Bean
	SecurityFilterChain accountPage(HttpSecurity http, ProcessEngine engine) throws Exception {
		return webappFormPages(http.securityMatcher("/account", "/account/**"), engine, Groups.INTERNAL_STAFF,
				"For PartnerFlow's staff", "This page is for PartnerFlow's staff, and its form only from the page itself"
						+ " (reload it and try again).");
	}

	/**
	 * The recruitment plans' pages ({@code /plans}), with the webapps' login and a CSRF token on their
	 * form: managers and the leadership read them, managers change a draft (PlanPageController).
	 */
	@Bean
	SecurityFilterChain planPages(HttpSecurity http, ProcessEngine engine) throws Exception {
		return webappFormPages(http.securityMatcher("/plans", "/plans/**"), engine,
				new String[] { Groups.MANAGERS, Groups.LEADERSHIP, Groups.ADMIN }, "For managers and the leadership",
				"The recruitment plans are read by managers and the leadership and changed by managers, from the page itself"
						+ " (reload it and try again).");
	}

	/** Pages with the webapps' login whose forms change something, each change behind a CSRF token. */
	private static SecurityFilterChain webappFormPages(HttpSecurity http, ProcessEngine engine, String[] authorities,
			String forbiddenTitle, String forbiddenMessage) throws Exception {
		AuthenticationEntryPoint toLogin = (request, response, e) -> {
			if (e instanceof AuthenticationServiceException) {
				page(response, HttpStatus.SERVICE_UNAVAILABLE, "PartnerFlow cannot check users now",
						"The database cannot be reached. Try again in a moment.");
			}
			else if (HttpMethod.GET.matches(request.getMethod())) {
				response.sendRedirect(request.getContextPath() + WEBAPP_LOGIN);
			}
			else {
				page(response, HttpStatus.UNAUTHORIZED, "Log in first", "Log into Tasklist, Cockpit or Admin, then open the page again.");
			}
		};
		return http.authorizeHttpRequests(requests -> requests.anyRequest().hasAnyAuthority(authorities))
			.addFilterBefore(WebappSessionAuthenticationFilter.withCsrfProtectedChanges(engine.getIdentityService(),
					engine.getName(), toLogin), AnonymousAuthenticationFilter.class)
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(toLogin)
				.accessDeniedHandler(
						(request, response, e) -> page(response, HttpStatus.FORBIDDEN, forbiddenTitle, forbiddenMessage)))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.none()))
			.requestCache(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.build();
	}

	/**
	 * The engine's REST API authenticates with Camunda's own filter ({@link EngineRestFilters});
	 * Spring Security only adds its response headers there, as on {@code /api}: HSTS (over HTTPS),
	 * {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, no caching.
	 */
	@Bean
	SecurityFilterChain engineRestHeaders(HttpSecurity http) throws Exception {
		// a plain matcher: the REST API is a servlet of its own (Jersey), not Spring MVC's
		return http.securityMatcher(request -> request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/"))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
				.sessionFixation(fixation -> fixation.none()))
			.requestCache(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.csrf(AbstractHttpConfigurer::disable)
			.build();
	}

	/** An address the firewall refuses (a ';' or an encoded '/', say) is a 400 problem too. */
	@Bean
	RequestRejectedHandler problemForRejectedRequests(ObjectMapper json) {
		return (request, response, rejected) -> problem(response, json, HttpStatus.BAD_REQUEST,
				"The request address contains characters that are not allowed");
	}

	/** A short page of fixed text (nothing of the request in it) for refusals before any controller. */
	private static void page(HttpServletResponse response, HttpStatus status, String title, String message)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
				+ " - PartnerFlow</title></head><body style=\"font-family:sans-serif;margin:2em\"><h1>" + title
				+ "</h1><p>" + message + "</p><p><a href=\"" + WEBAPP_LOGIN + "\">PartnerFlow's applications</a></p>"
				+ "</body></html>");
	}

	private static void problem(HttpServletResponse response, ObjectMapper json, HttpStatus status, String detail)
			throws IOException {
		ProblemResponses.write(response, json, status, detail, "Basic realm=\"" + REALM + "\"");
	}

}
