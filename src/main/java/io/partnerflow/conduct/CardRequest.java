package io.partnerflow.conduct;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A card as a manager issues it: the reason (one line, told to the partner), the evidence (what was
 * found and where, kept for staff; line breaks allowed), optionally the partner's deal registration or
 * the customer concerned.
 */
public record CardRequest(
		@NotBlank @Size(max = 500) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String reason,
		@NotBlank @Size(max = 4000) @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "must not contain control characters other than line breaks and tabs") String evidence,
		@Positive Long dealRegistrationId,
		@Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String customer) {
}
