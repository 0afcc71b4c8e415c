package io.partnerflow.system;

import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

/**
 * The login throttle ({@link LoginThrottle}) for a door of PartnerFlow's own that checks passwords
 * outside Camunda's user store: the partner portal's login. Its accounts are counted apart from
 * Camunda's users (each door names its own account keys), with the same free failures and delays.
 */
@Component
public final class PasswordChecks {

	private final LoginThrottle throttle;

	PasswordChecks(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	/**
	 * Whether the password is right: {@code check} answers it, unless the account must still wait at
	 * this client address, when the answer is false without checking.
	 */
	public boolean check(String account, String address, BooleanSupplier check) {
		return throttle.check(account, address, check);
	}

}
