package io.partnerflow.partner;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of channel partner a vendor recruits, with the names the start form shows. */
public enum PartnerCategory {

	RESELLER("Reseller"), VAR("Value-added reseller"), INTEGRATOR("System integrator"), WHOLESALER("Wholesaler"),
	IT_SERVICES("IT service firm"), REFERRAL("Referral partner (business referral)"),
	TECHNOLOGY("Technology provider (integrates our offer)");

	private final String label;

	PartnerCategory(String label) {
		this.label = label;
	}

	/** The category a file or a person names: its name in any case, spaces or hyphens for underscores ("IT services"). */
	public static Optional<PartnerCategory> named(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String name = text.strip().toUpperCase(Locale.ROOT).replaceAll("[ -]+", "_");
		return Arrays.stream(values()).filter(category -> category.name().equals(name)).findFirst();
	}

	/** The category as people name it (the start form's choice). */
	public String label() {
		return label;
	}

}
