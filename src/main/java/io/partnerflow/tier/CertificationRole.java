package io.partnerflow.tier;

/** What a person of the partner is certified for: each counts in the tier's column of its own. */
public enum CertificationRole {

	/** A certified sales person ({@code certifiedSalesPeople} of the decision table). */
	SALES,

	/** A certified technician, or consultant ({@code certifiedTechnicians} of the decision table). */
	TECHNICAL

}
