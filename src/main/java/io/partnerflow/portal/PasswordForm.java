package io.partnerflow.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new portal password, typed twice: 12 characters at least (a phrase is best), 128 at most. */
public class PasswordForm {

	static final int MIN = 12;

	static final int MAX = 128;

	@NotBlank
	@Size(min = MIN, max = MAX)
	private String password;

	private String confirmation;

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmation() {
		return confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
