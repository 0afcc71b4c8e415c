package io.partnerflow.system;

import java.util.Objects;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's own user store, with two guards: every password check of a request goes through the
 * {@link LoginThrottle} (whichever door called it, the engine's {@code /identity/verify} included),
 * and only an administrator changes a user's e-mail. Camunda lets each user update its own
 * profile; but {@code user:ID} and {@code group:ID} mails go to that address, so a user could send
 * the committee's or the managers' mails anywhere. Its name and password stay its own to change.
 */
class GuardedIdentityProvider extends DbIdentityServiceProvider {

	private final LoginThrottle throttle;

	GuardedIdentityProvider(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public boolean checkPassword(String userId, String password) {
		String client = LoginThrottle.currentClient();
		if (client == null || userId == null) {
			return super.checkPassword(userId, password);
		}
		return throttle.check(userId, client, () -> super.checkPassword(userId, password));
	}

	@Override
	public IdentityOperationResult saveUser(User user) {
		if (user instanceof UserEntity entity && entity.getRevision() > 0) {
			UserEntity stored = findUserById(user.getId());
			if (stored != null && !Objects.equals(blankToNull(stored.getEmail()), blankToNull(user.getEmail()))
					&& !byAdministrator()) {
				throw new AuthorizationException("Only an administrator (group " + Groups.ADMIN
						+ ") changes a user's e-mail: PartnerFlow's mails to '" + user.getId() + "' go to it");
			}
		}
		return super.saveUser(user);
	}

	/** Whether an administrator or the application itself (no authenticated user) saves. */
	private static boolean byAdministrator() {
		CommandContext command = Context.getCommandContext();
		Authentication current = command == null ? null : command.getAuthentication();
		return current == null || current.getGroupIds() != null && current.getGroupIds().contains(Groups.ADMIN);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
