package io.partnerflow.partner;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A channel partner, from listed candidate to active partner or exit. Written only by
 * {@link PartnerService}; the reference is the business key of every process about it.
 */
@Entity
@Table(name = "partner")
public class Partner {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String reference;

	private String company;

	private String country;

	/** The contact's language, when they chose one or were asked; null: their country's ({@link PartnerLanguage}). */
	private String contactLanguage;

	private String market;

	@Enumerated(EnumType.STRING)
	private PartnerCategory category;

	/** Where the recruiter found the candidate; null when it was not recorded (partners listed before it was asked). */
	@Enumerated(EnumType.STRING)
	private PartnerSource source;

	private String contactName;

	private String contactEmail;

	private String contactDomain;

	/** The duplicate rule's keys, unique in the database; null where a manager overrode the rule. */
	private String companyKey;

	private String domainKey;

	private String website;

	private Long annualRevenue;

	private Integer salesStaff;

	private Integer technicalStaff;

	private Integer competingSuppliers;

	private String recruiter;

	@Enumerated(EnumType.STRING)
	private PartnerStatus status;

	private String tier;

	private Integer selectionScore;

	/** The value proposition presented at the approach (EUR, %, EUR); null before it. */
	private Long averageDealMargin;

	private Integer expectedRoi;

	@Column(name = "expected_revenue_3_years")
	private Long expectedRevenue3Years;

	private Instant listedAt;

	private Instant appliedAt;

	private Instant approvedAt;

	private Instant contractSignedAt;

	private Instant firstDealAt;

	private Instant exitedAt;

	@Version
	private long version;

	protected Partner() {
	}

	Partner(String reference, CandidateData data, String recruiter, Instant listedAt) {
		this.reference = reference;
		this.company = data.company().strip();
		this.country = data.country().toUpperCase();
		this.market = data.market().strip();
		this.category = data.category();
		this.source = data.source();
		this.contactName = data.contactName().strip();
		this.contactEmail = data.contactEmail().strip().toLowerCase();
		this.contactDomain = CandidateData.domainOf(this.contactEmail);
		this.companyKey = LookalikeKeys.companyKey(this.company);
		this.domainKey = LookalikeKeys.domainKey(this.contactEmail);
		this.website = data.website();
		this.annualRevenue = data.annualRevenue();
		this.salesStaff = data.salesStaff();
		this.technicalStaff = data.technicalStaff();
		this.competingSuppliers = data.competingSuppliers();
		this.recruiter = recruiter;
		this.status = PartnerStatus.CANDIDATE;
		this.listedAt = listedAt;
	}

	/** Listed although it looks like an existing partner: the keys it shares stay that partner's. */
	void giveUpKeysOf(Partner lookalike) {
		if (companyKey.equals(lookalike.companyKey) && country.equals(lookalike.country)) {
			companyKey = null;
		}
		if (domainKey != null && domainKey.equals(lookalike.domainKey)) {
			domainKey = null;
		}
	}

	String getCompanyKey() {
		return companyKey;
	}

	String getDomainKey() {
		return domainKey;
	}

	void moveTo(PartnerStatus target, Instant at) {
		this.status = target;
		switch (target) {
			case IN_COMMITTEE -> this.appliedAt = at;
			case APPROVED -> this.approvedAt = at;
			case CONTRACT_SIGNED -> this.contractSignedAt = at;
			case EXITED -> this.exitedAt = at;
			default -> {
			}
		}
	}

	public Long getId() {
		return id;
	}

	public String getReference() {
		return reference;
	}

	public String getCompany() {
		return company;
	}

	public String getCountry() {
		return country;
	}

	public String getMarket() {
		return market;
	}

	public PartnerCategory getCategory() {
		return category;
	}

	public PartnerSource getSource() {
		return source;
	}

	/** Erases the contact's name and e-mail (on the person's request): the partner mails nobody any more. */
	void eraseContact(String erased) {
		this.contactName = erased;
		this.contactEmail = "";
		this.contactLanguage = null;
	}

	/** The contact's own language (a tag), or null when it follows the partner's country. */
	public String getContactLanguage() {
		return contactLanguage;
	}

	void setContactLanguage(String contactLanguage) {
		this.contactLanguage = contactLanguage;
	}

	public String getContactName() {
		return contactName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public String getWebsite() {
		return website;
	}

	public Long getAnnualRevenue() {
		return annualRevenue;
	}

	public Integer getSalesStaff() {
		return salesStaff;
	}

	public Integer getTechnicalStaff() {
		return technicalStaff;
	}

	public Integer getCompetingSuppliers() {
		return competingSuppliers;
	}

	public String getRecruiter() {
		return recruiter;
	}

	public PartnerStatus getStatus() {
		return status;
	}

	public String getTier() {
		return tier;
	}

	void setTier(String tier) {
		this.tier = tier;
	}

	public Integer getSelectionScore() {
		return selectionScore;
	}

	void setSelectionScore(Integer selectionScore) {
		this.selectionScore = selectionScore;
	}

	public Long getAverageDealMargin() {
		return averageDealMargin;
	}

	public Integer getExpectedRoi() {
		return expectedRoi;
	}

	public Long getExpectedRevenue3Years() {
		return expectedRevenue3Years;
	}

	void setValueProposition(Long averageDealMargin, Integer expectedRoi, Long expectedRevenue3Years) {
		this.averageDealMargin = averageDealMargin;
		this.expectedRoi = expectedRoi;
		this.expectedRevenue3Years = expectedRevenue3Years;
	}

	public Instant getListedAt() {
		return listedAt;
	}

	public Instant getAppliedAt() {
		return appliedAt;
	}

	public Instant getApprovedAt() {
		return approvedAt;
	}

	public Instant getContractSignedAt() {
		return contractSignedAt;
	}

	void setContractSignedAt(Instant contractSignedAt) {
		this.contractSignedAt = contractSignedAt;
	}

	public Instant getFirstDealAt() {
		return firstDealAt;
	}

	void setFirstDealAt(Instant firstDealAt) {
		this.firstDealAt = firstDealAt;
	}

	public Instant getExitedAt() {
		return exitedAt;
	}

}
