package io.partnerflow.partner;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A market partners are recruited in (reference data, kept by managers): its name is what a partner,
 * the criteria, the plan and the KPIs name; its French name is what French readers see.
 */
@Entity
@Table(name = "market")
public class Market {

	@Id
	@Column(nullable = false, updatable = false)
	private String name;

	private String nameFr;

	private boolean retired;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false, updatable = false)
	private String createdBy;

	protected Market() {
	}

	Market(String name, String nameFr, String createdBy, Instant createdAt) {
		this.name = name;
		this.nameFr = nameFr;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public String getName() {
		return name;
	}

	public String getNameFr() {
		return nameFr;
	}

	/** The name as a reader of that language reads it: the French name when there is one. */
	public String label(Locale language) {
		return "fr".equals(language.getLanguage()) && nameFr != null ? nameFr : name;
	}

	public boolean isRetired() {
		return retired;
	}

	void retire() {
		this.retired = true;
	}

	/** Whether a typed name is this market: its name or its French name, in any case. */
	boolean isNamed(String typed) {
		return name.equalsIgnoreCase(typed) || (nameFr != null && nameFr.equalsIgnoreCase(typed));
	}

}
