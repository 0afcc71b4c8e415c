package io.partnerflow.portal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A colleague a partner invites to its portal: a name and an address of the company's own domain. */
public class ColleagueForm {

	@NotBlank
	@Size(max = 200)
	@Pattern(regexp = "[^\\p{Cntrl}]*")
	private String name;

	@NotBlank
	@Size(max = 254)
	@Email
	private String email;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? null : name.strip();
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? null : email.strip().toLowerCase();
	}

}
