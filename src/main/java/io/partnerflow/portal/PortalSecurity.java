package io.partnerflow.portal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import io.partnerflow.system.PasswordChecks;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The portal's own filter chain. A personal link opens its one page; every other page needs the
 * portal's own login (an account's e-mail and password, {@link PortalLoginProvider}), kept in the
 * session under a key of its own. No login of the webapps, no HTTP Basic, no engine user is read
 * here, so a staff member's session or password opens nothing under {@code /portal}; and no other
 * chain reads the portal's login (the API and the partner pages keep no session login at all).
 * Forms carry a CSRF token (kept in the session, whose cookie is HttpOnly and SameSite=Lax); pages
 * are not cached and send no referrer, so a link's token does not leave in a {@code Referer} header.
 */
@Configuration
class PortalSecurity {

	/** Where the portal keeps its login in the session: a key of its own, which no other chain reads. */
	static final String SESSION_KEY = "PARTNERFLOW_PORTAL_SECURITY_CONTEXT";

	@Bean
	SecurityFilterChain portalPages(HttpSecurity http, PortalAccounts accounts, PasswordChecks checks,
			PortalPasswords passwords) throws Exception {
		HttpSessionSecurityContextRepository logins = new HttpSessionSecurityContextRepository();
		logins.setSpringSecurityContextKey(SESSION_KEY);
		return http.securityMatcher("/portal/**")
			.authorizeHttpRequests(requests -> requests
				// a personal link, the login and the portal's style open without a login
				.requestMatchers(ApplicationLinks.PATH + "*", InvitationLinks.PATH + "*", "/portal/login",
						PortalResetController.PATH, "/portal/portal.css")
				.permitAll()
				.anyRequest()
				.hasAuthority(PortalUser.AUTHORITY))
			.securityContext(context -> context.securityContextRepository(logins))
			.addFilterBefore(new PortalAccountCheck(accounts, logins), AuthorizationFilter.class)
			.authenticationManager(new ProviderManager(new PortalLoginProvider(accounts, checks, passwords.encoder())))
			.formLogin(login -> login.loginPage("/portal/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.defaultSuccessUrl("/portal/plan", true)
				.failureUrl("/portal/login?error"))
			// the session may hold a webapp login too: leaving the portal ends the portal's login only
			.logout(logout -> logout.logoutUrl("/portal/logout")
				.logoutSuccessUrl("/portal/login?done=logout")
				.invalidateHttpSession(false))
			.httpBasic(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/portal/login"))
				.accessDeniedHandler((request, response, e) -> page(response)))
			.build();
	}

	/** The portal's languages, set per page by its controllers; every other page keeps the browser's. */
	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	PortalLanguage localeResolver() {
		return new PortalLanguage();
	}

	/** A refused form (its CSRF token is missing or from a session that ended): fixed text, both languages. */
	private static void page(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Form expired - PartnerFlow</title>"
				+ "</head><body style=\"font-family:sans-serif;margin:2em\"><h1>This form has expired</h1>"
				+ "<p>The page was open too long, or came from another browser. Open the link in your mail again:"
				+ " what you saved as a draft is kept.</p><h1 lang=\"fr\">Ce formulaire a expiré</h1><p lang=\"fr\">"
				+ "La page est restée ouverte trop longtemps, ou vient d'un autre navigateur. Ouvrez à nouveau le lien"
				+ " de votre e-mail : votre brouillon enregistré est conservé.</p></body></html>");
	}

}
