package io.partnerflow.system;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The groups that hold any authorization, remembered across the engine's commands for a few
 * seconds. Before it checks a right, Camunda keeps of the caller's groups only those named by some
 * authorization row, and learns them with {@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION}
 * once in every command: a read of every row, and Camunda writes one or more for each open task
 * (a Tasklist list call runs five commands).
 * <p>
 * What is remembered can only be wider than the rows, never narrower, on this node: a group is
 * part of the answer from the moment this node writes an authorization for it, whatever was read
 * before or meanwhile, and a group whose rows are gone stays harmlessly (naming a group with no row
 * grants nothing). A group first given a right by
 * another node is seen here within {@link #FRESH_NANOS}; until then its members lack that
 * right, they never gain one.
 */
@Component
class AuthorizedGroups extends AbstractProcessEnginePlugin {

	/** How long the groups read from the rows are used before they are read again. */
	static final long FRESH_NANOS = 5_000_000_000L;

	private record Known(Set<String> groups, long readAt) {
	}

	private volatile Known known;

	/** The groups this node has written an authorization for: part of every answer, read or not. */
	private final Set<String> writtenHere = ConcurrentHashMap.newKeySet();

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomSessionFactories());
		factories.add(new SessionFactory() {

			@Override
			public Class<?> getSessionType() {
				return AuthorizationManager.class;
			}

			@Override
			public Session openSession() {
				return new RememberingAuthorizationManager();
			}

		});
		configuration.setCustomSessionFactories(factories);
	}

	/** Forgets what was read: the next command reads the rows again. */
	void forget() {
		known = null;
	}

	private Set<String> groups(RememberingAuthorizationManager manager) {
		Known now = known;
		if (now == null || System.nanoTime() - now.readAt() > FRESH_NANOS) {
			long readAt = System.nanoTime();
			now = new Known(Set.copyOf(manager.readGroups()), readAt);
			known = now;
		}
		Set<String> groups = new HashSet<>(now.groups());
		groups.addAll(writtenHere);
		return groups;
	}

	private void written(String group) {
		if (group != null) {
			writtenHere.add(group);
		}
	}

	/** Camunda's authorization manager, with the groups read once for many commands. */
	private final class RememberingAuthorizationManager extends AuthorizationManager {

		@Override
		protected Set<String> getAllGroups() {
			if (availableAuthorizedGroupIds == null) {
				availableAuthorizedGroupIds = groups(this);
			}
			return availableAuthorizedGroupIds;
		}

		Set<String> readGroups() {
			return new HashSet<>(super.getAllGroups());
		}

		@Override
		public void insert(DbEntity authorization) {
			super.insert(authorization);
			written(((AuthorizationEntity) authorization).getGroupId());
		}

		@Override
		public void update(AuthorizationEntity authorization) {
			super.update(authorization);
			written(authorization.getGroupId());
		}

	}

}
