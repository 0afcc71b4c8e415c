package io.partnerflow.portal;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The portal's password hashing: Spring Security's delegating encoder (bcrypt today; a hash names
 * its algorithm, so a later default reads the older hashes). Held here rather than as a
 * {@code PasswordEncoder} bean, which Spring Security would take for every login of the application.
 */
@Component
class PortalPasswords {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	PasswordEncoder encoder() {
		return encoder;
	}

}
