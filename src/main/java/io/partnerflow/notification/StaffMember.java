package io.partnerflow.notification;

import org.camunda.bpm.engine.identity.User;

/**
 * A colleague as a mail names it: full name and e-mail from the Camunda user, never the user id.
 * Templates read {@code ${recruiter.name}} and {@code ${recruiter.email}}.
 */
public final class StaffMember {

	private final String name;

	private final String email;

	StaffMember(String name, String email) {
		this.name = name;
		this.email = email;
	}

	/** A person's name as Camunda knows it: first and last name; blank when it has neither. */
	public static String fullName(User user) {
		return ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
				+ (user.getLastName() == null ? "" : user.getLastName())).strip();
	}

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}

}
