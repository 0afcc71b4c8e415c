package io.partnerflow.portal;

import java.util.Optional;

import io.partnerflow.notification.StaffMember;
import io.partnerflow.partner.Partner;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Whom a portal page names for the partner to turn to: its recruiter, by name and address. */
@Component
class PortalPeople {

	/** A person the partner may write to. */
	record Contact(String name, String email) {
	}

	private final IdentityService identity;

	PortalPeople(IdentityService identity) {
		this.identity = identity;
	}

	/** The partner's recruiter; null when it has none or the user is gone. */
	Contact recruiterOf(Partner partner) {
		if (partner.getRecruiter() == null) {
			return null;
		}
		return Optional.ofNullable(identity.createUserQuery().userId(partner.getRecruiter()).singleResult())
			.map(user -> new Contact(nameOf(user), user.getEmail()))
			.orElse(null);
	}

	private static String nameOf(User user) {
		String name = StaffMember.fullName(user);
		return name.isEmpty() ? user.getId() : name;
	}

}
