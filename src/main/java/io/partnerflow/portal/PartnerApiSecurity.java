package io.partnerflow.portal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.system.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The partner API's own filter chain ({@code /api/partner/v1/**}), for partners' own systems: an API
 * key the partner created in its portal ({@link ApiKeys}), sent as {@code Authorization: Bearer <key>},
 * and nothing else. No session, no CSRF (a bearer token is no cookie a browser sends by itself), no
 * HTTP Basic: a staff account, a portal password, a revoked, unknown or malformed key all get 401 with a
 * problem body. Ordered before the staff API's chain ({@code /api/**}), which never sees these calls.
 * The API's description ({@code openapi.json}) is public: it holds no data.
 */
@Configuration
class PartnerApiSecurity {

	static final String PATH = "/api/partner/v1";

	static final String CHALLENGE = "Bearer realm=\"PartnerFlow partner API\"";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain partnerApi(HttpSecurity http, ApiKeys keys, ObjectMapper json) throws Exception {
		AuthenticationEntryPoint entryPoint = (request, response, e) -> ProblemResponses.write(response, json,
				HttpStatus.UNAUTHORIZED, "Authentication required: Authorization: Bearer with an API key of the partner, "
						+ "created in the partner portal (/portal/api-keys)", CHALLENGE);
		return http.securityMatcher(PATH + "/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, PATH + "/openapi.json")
				.permitAll()
				.anyRequest()
				.hasAuthority(PartnerApiCaller.AUTHORITY))
			.addFilterBefore(new ApiKeyFilter(keys, entryPoint), AnonymousAuthenticationFilter.class)
			.exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler((request, response, e) -> ProblemResponses.write(response, json, HttpStatus.FORBIDDEN,
						"This request is not open to partner API keys", null)))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
				.sessionFixation(fixation -> fixation.none()))
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.csrf(AbstractHttpConfigurer::disable)
			.build();
	}

	/**
	 * Authenticates a request that carries a bearer key: the key's partner, or 401 at once for a key
	 * that is not in use. A request with another kind of credentials (HTTP Basic), or none, goes on
	 * unauthenticated, and the chain answers 401 for anything but the public description.
	 */
	static final class ApiKeyFilter extends OncePerRequestFilter {

		private static final String BEARER = "Bearer ";

		private final ApiKeys keys;

		private final AuthenticationEntryPoint entryPoint;

		ApiKeyFilter(ApiKeys keys, AuthenticationEntryPoint entryPoint) {
			this.keys = keys;
			this.entryPoint = entryPoint;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
				chain.doFilter(request, response);
				return;
			}
			Optional<PartnerApiCaller> caller = keys.authenticate(header.substring(BEARER.length()));
			if (caller.isEmpty()) {
				entryPoint.commence(request, response, new InsufficientAuthenticationException("API key not in use"));
				return;
			}
			PreAuthenticatedAuthenticationToken authentication = new PreAuthenticatedAuthenticationToken(caller.get(), null,
					List.of(new SimpleGrantedAuthority(PartnerApiCaller.AUTHORITY)));
			SecurityContextHolder.getContext().setAuthentication(authentication);
			try {
				chain.doFilter(request, response);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}

	}

}
