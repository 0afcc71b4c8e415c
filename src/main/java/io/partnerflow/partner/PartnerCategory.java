package io.partnerflow.partner;

/** The kinds of channel partner a vendor recruits, with the names the start form shows. */
public enum PartnerCategory {

	RESELLER("Reseller"), VAR("Value-added reseller"), INTEGRATOR("System integrator"), WHOLESALER("Wholesaler"),
	IT_SERVICES("IT service firm"), REFERRAL("Referral partner (business referral)"),
	TECHNOLOGY("Technology provider (integrates our offer)");

	private final String label;

	PartnerCategory(String label) {
		this.label = label;
	}

	/** The category as people name it (the start form's choice). */
	public String label() {
		return label;
	}

}
