package io.partnerflow.partner;

import java.util.Locale;
import java.util.Optional;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What a recruiter knows about a company worth approaching, before it becomes a candidate. */
public record CandidateData(
		@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String company,
		@NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO country code") String country,
		@NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String market,
		@NotNull PartnerCategory category,
		@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String contactName,
		@NotBlank @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be an e-mail address with a domain") @Size(max = 254) String contactEmail,
		@Size(max = 254) @Pattern(regexp = "(https?://\\S+)?", message = "must be an http(s) address") String website,
		@PositiveOrZero @Max(1_000_000_000_000L) Long annualRevenue,
		@PositiveOrZero @Max(1_000_000) Integer salesStaff,
		@PositiveOrZero @Max(1_000_000) Integer technicalStaff,
		@PositiveOrZero @Max(10_000) Integer competingSuppliers,
		PartnerSource source) {

	/** The same candidate in the market named so (the reference data's spelling of what was typed). */
	public CandidateData inMarket(String name) {
		return new CandidateData(company, country, name, category, contactName, contactEmail, website, annualRevenue,
				salesStaff, technicalStaff, competingSuppliers, source);
	}

	/** The company's own mail domain of an address; empty for a public one (gmail.com, orange.fr...), shared by strangers. */
	public static Optional<String> companyDomainOf(String email) {
		return Optional.ofNullable(LookalikeKeys.domainKey(email));
	}

	public static String domainOf(String email) {
		return email.substring(email.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
	}

}
