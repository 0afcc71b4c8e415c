package io.partnerflow.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new API key as the partner names it, such as the system that will use it ("Our CRM"). */
public class ApiKeyForm {

	@NotBlank
	@Size(max = 100)
	@Pattern(regexp = "[^\\p{Cntrl}]*")
	private String name;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? null : name.strip();
	}

}
