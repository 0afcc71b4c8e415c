package io.partnerflow.system;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Authenticates the own API against the Camunda users; a user's Camunda groups become its authorities. */
@Component
class CamundaUserAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identityService;

	CamundaUserAuthenticationProvider(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		try {
			return check(authentication);
		}
		catch (BadCredentialsException wrong) {
			throw wrong;
		}
		catch (RuntimeException identityStoreUnreachable) {
			// the users live in the database: when it cannot be reached, nobody can be checked
			throw new AuthenticationServiceException("Users cannot be checked now", identityStoreUnreachable);
		}
	}

	private Authentication check(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (userId == null || userId.isBlank() || credentials == null
				|| !identityService.checkPassword(userId, credentials.toString())) {
			throw new BadCredentialsException("Unknown user or wrong password");
		}
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, groupsOf(identityService, userId));
	}

	/** The Camunda groups of the user, as the authorities the endpoints check ({@link Groups}). */
	static List<SimpleGrantedAuthority> groupsOf(IdentityService identityService, String userId) {
		return identityService.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.map(SimpleGrantedAuthority::new)
			.toList();
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
