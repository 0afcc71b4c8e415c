package io.partnerflow.system;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who acts on the engine in this thread: the user Camunda's REST API, its webapps or PartnerFlow's
 * own doors signed in through the {@link IdentityService}, and engine work run as another user or
 * without the caller's rights. The engine checks authorizations only while a user is signed in, so
 * work without one sees everything. The one place outside the engine plugins that names Camunda's
 * internal {@code Authentication} type ({@link IdentityService#getCurrentAuthentication()} returns it).
 */
@Component
public final class CurrentUser {

	private final IdentityService identity;

	public CurrentUser(IdentityService identity) {
		this.identity = identity;
	}

	/** The user acting in the engine services' thread, for a delegate or listener. */
	public static CurrentUser of(ProcessEngineServices engine) {
		return new CurrentUser(engine.getIdentityService());
	}

	/** The signed-in user's id; empty for a job or PartnerFlow itself. */
	public Optional<String> id() {
		Authentication user = identity.getCurrentAuthentication();
		return user == null ? Optional.empty() : Optional.ofNullable(user.getUserId());
	}

	/** Runs engine work as this user with these groups, so their authorizations decide what it finds. */
	public <T> T as(String userId, Collection<String> groups, Supplier<T> work) {
		Authentication before = identity.getCurrentAuthentication();
		identity.setAuthentication(userId, List.copyOf(groups));
		try {
			return work.get();
		}
		finally {
			restore(before);
		}
	}

	/** Runs engine work without the caller's authorizations: PartnerFlow's own look-ups and writes. */
	public <T> T withoutAuthorization(Supplier<T> work) {
		Authentication before = identity.getCurrentAuthentication();
		identity.clearAuthentication();
		try {
			return work.get();
		}
		finally {
			restore(before);
		}
	}

	private void restore(Authentication before) {
		if (before == null) {
			identity.clearAuthentication();
		}
		else {
			identity.setAuthentication(before);
		}
	}

}
