package io.partnerflow.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Users the tests add to the demo users. */
public final class TestUsers {

	private TestUsers() {
	}

	/**
	 * Makes sure the user exists (its password is its id) and belongs to the group, creating the
	 * group if it is missing. Does nothing that is done already, so tests may call it every time.
	 */
	public static void member(IdentityService identity, String id, String group) {
		if (identity.createGroupQuery().groupId(group).count() == 0) {
			identity.saveGroup(identity.newGroup(group));
		}
		if (identity.createUserQuery().userId(id).count() == 0) {
			User user = identity.newUser(id);
			user.setFirstName(id);
			user.setLastName("Tester");
			user.setEmail(id + "@partnerflow.test");
			user.setPassword(id);
			identity.saveUser(user);
		}
		if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
			identity.createMembership(id, group);
		}
	}

}
