package io.partnerflow.portal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A portal login lasts only as long as its account: on every request of a logged-in partner the
 * account must still exist with a password (an erasure deletes it), else the login ends there and
 * the request goes on as anonymous, so a page that needs the login sends to the login page.
 */
final class PortalAccountCheck extends OncePerRequestFilter {

	private final PortalAccounts accounts;

	private final SecurityContextRepository logins;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	PortalAccountCheck(PortalAccounts accounts, SecurityContextRepository logins) {
		this.accounts = accounts;
		this.logins = logins;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication login = contexts.getContext().getAuthentication();
		if (login != null && login.getPrincipal() instanceof PortalUser user
				&& accounts.byId(user.accountId()).filter(PortalAccount::active).isEmpty()) {
			contexts.clearContext();
			logins.saveContext(contexts.createEmptyContext(), request, response);
		}
		chain.doFilter(request, response);
	}

}
