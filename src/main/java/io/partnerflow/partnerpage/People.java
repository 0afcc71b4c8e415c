package io.partnerflow.partnerpage;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import io.partnerflow.notification.StaffMember;
import io.partnerflow.system.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The names people read for the user ids a record keeps: a Camunda user's first and last name, a
 * group's display name (a decision "by the committee"), PartnerFlow itself for what its processes
 * did on their own, the partner's contact for what it did in the portal. An id it knows nothing of
 * stays as it is.
 */
@Component
class People {

	static final String PARTNERFLOW = io.partnerflow.partner.PartnerService.SYSTEM_ACTOR;

	private final IdentityService identity;

	People(IdentityService identity) {
		this.identity = identity;
	}

	/** The name of each id, in one query of the user store. */
	Names of(Collection<String> ids) {
		Map<String, String> names = new HashMap<>();
		String[] users = ids.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
		if (users.length > 0) {
			for (User user : identity.createUserQuery().userIdIn(users).listPage(0, users.length)) {
				String name = StaffMember.fullName(user);
				names.put(user.getId(), name.isEmpty() ? user.getId() : name);
			}
		}
		Groups.BUSINESS.forEach(group -> names.putIfAbsent(group[0], group[1]));
		names.putIfAbsent(PARTNERFLOW, "PartnerFlow");
		names.putIfAbsent(io.partnerflow.partner.PartnerService.CONTACT_ACTOR, "The partner's contact (portal)");
		return new Names(names);
	}

	/** Names by id; {@link #of(String)} answers the id itself for one it does not know. */
	record Names(Map<String, String> byId) {

		/** Public: the templates call it. */
		public String of(String id) {
			return id == null ? "" : byId.getOrDefault(id, id);
		}

	}

}
