package io.partnerflow.tier;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person of the partner certified, as the training team records it: the person's name, the role
 * ({@code SALES} or {@code TECHNICAL}), the day the certification was passed and the day it expires.
 * {@link Certifications#record} adds the rules between the dates and the partner.
 */
record CertificationRequest(
		@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String personName,
		@NotNull CertificationRole role,
		@NotNull LocalDate certifiedOn,
		@NotNull LocalDate expiresOn) {
}
