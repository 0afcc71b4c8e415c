package io.partnerflow.leads;

import java.math.BigDecimal;

import io.partnerflow.partner.PartnerCategory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A lead as the lead cell records it (the API, a row of a lead file): the customer's company and
 * country, its project, the market (one of the markets' list) and the category of partner it needs,
 * the estimated value in EUR and where the lead came from.
 */
public record LeadRequest(
		@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String customerCompany,
		@NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO country code") String customerCountry,
		@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String project,
		@NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String market,
		@NotNull PartnerCategory category,
		@NotNull @Positive @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2) BigDecimal estimatedValue,
		@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String source) {
}
