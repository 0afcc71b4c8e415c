package io.partnerflow.notification;

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

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}

}
