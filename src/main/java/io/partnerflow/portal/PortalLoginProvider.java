package io.partnerflow.portal;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.partnerflow.system.PasswordChecks;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a portal login: an account with a password set, the password's hash matching, through the
 * login throttle (failures per account and address slow the next attempts; accounts are counted as
 * {@code portal:<e-mail>}, apart from Camunda's users). An unknown address costs the same hash as a
 * known one, so the answer's time does not tell which addresses have an account. Not a Spring bean:
 * the API's authentication manager is built from the one provider bean there is, Camunda's users.
 */
final class PortalLoginProvider implements AuthenticationProvider {

	private final PortalAccounts accounts;

	private final PasswordChecks checks;

	private final PasswordEncoder encoder;

	/** A hash of nothing anyone types, checked when the address has no account. */
	private final String unknownAccountHash;

	PortalLoginProvider(PortalAccounts accounts, PasswordChecks checks, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.checks = checks;
		this.encoder = encoder;
		this.unknownAccountHash = encoder.encode("no account has this password " + System.nanoTime());
	}

	@Override
	public Authentication authenticate(Authentication login) {
		String email = login.getName() == null ? "" : login.getName().strip().toLowerCase();
		String password = login.getCredentials() == null ? "" : login.getCredentials().toString();
		String address = login.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: "unknown";
		AtomicReference<PortalAccount> found = new AtomicReference<>();
		boolean right = checks.check("portal:" + email, address, () -> {
			PortalAccount account = accounts.byEmail(email).filter(PortalAccount::active).orElse(null);
			if (account == null) {
				encoder.matches(password, unknownAccountHash);
				return false;
			}
			found.set(account);
			return encoder.matches(password, account.passwordHash());
		});
		if (!right) {
			throw new BadCredentialsException("Wrong e-mail or password, or too many attempts");
		}
		PortalAccount account = found.get();
		PortalUser user = new PortalUser(account.id(), account.partnerReference(), account.email(), account.name());
		return UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority(PortalUser.AUTHORITY)));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
