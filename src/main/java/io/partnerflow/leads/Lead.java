package io.partnerflow.leads;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import io.partnerflow.partner.PartnerCategory;
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
 * A lead the lead cell detected: a customer's project, the market and the category of partner it
 * needs, its estimated value and where it came from; then where it stands, the partner it is with, and
 * what that partner reported. Written only by {@link Leads} and {@link PartnerLeads}; the offers to each
 * partner are {@link LeadOffer}s.
 */
@Entity
@Table(name = "sales_lead")
public class Lead {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String reference;

	private String customerCompany;

	private String customerCountry;

	private String project;

	private String market;

	@Enumerated(EnumType.STRING)
	private PartnerCategory category;

	private BigDecimal estimatedValue;

	private String source;

	@Enumerated(EnumType.STRING)
	private LeadStatus status;

	@Enumerated(EnumType.STRING)
	private LeadProgress progress;

	/** The partner the lead is offered to or accepted by, and the one that won or lost it; null in the cell. */
	private String partnerReference;

	private Instant recordedAt;

	private String recordedBy;

	private Instant acceptedAt;

	private Instant lastUpdateAt;

	private Instant nextUpdateDueAt;

	private Instant remindedAt;

	private Long dealRegistrationId;

	private Instant presalesAskedAt;

	private String presalesRequest;

	private Instant wonAt;

	private BigDecimal wonAmount;

	private LocalDate wonSignedOn;

	private String lostReason;

	private Instant closedAt;

	private String closeNote;

	private String processInstanceId;

	@Version
	private long version;

	protected Lead() {
	}

	Lead(String reference, LeadRequest request, String market, Instant recordedAt, String recordedBy) {
		this.reference = reference;
		this.customerCompany = request.customerCompany().strip();
		this.customerCountry = request.customerCountry().strip().toUpperCase(Locale.ROOT);
		this.project = request.project().strip();
		this.market = market;
		this.category = request.category();
		this.estimatedValue = request.estimatedValue();
		this.source = request.source().strip();
		this.status = LeadStatus.ROUTING;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	void started(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void routing() {
		this.status = LeadStatus.ROUTING;
		this.partnerReference = null;
		this.progress = null;
		this.acceptedAt = null;
		this.lastUpdateAt = null;
		this.nextUpdateDueAt = null;
		this.remindedAt = null;
		this.dealRegistrationId = null;
		this.presalesAskedAt = null;
		this.presalesRequest = null;
	}

	void offered(String partnerReference) {
		this.status = LeadStatus.OFFERED;
		this.partnerReference = partnerReference;
	}

	void accepted(Instant at, Instant nextUpdateDueAt) {
		this.status = LeadStatus.ACCEPTED;
		this.acceptedAt = at;
		this.nextUpdateDueAt = nextUpdateDueAt;
	}

	void progressed(LeadProgress progress, Instant at, Instant nextUpdateDueAt) {
		this.progress = progress;
		this.lastUpdateAt = at;
		this.nextUpdateDueAt = nextUpdateDueAt;
		this.remindedAt = null;
	}

	void reminded(Instant at, Instant nextUpdateDueAt) {
		this.remindedAt = at;
		this.nextUpdateDueAt = nextUpdateDueAt;
	}

	void registered(long dealRegistrationId) {
		this.dealRegistrationId = dealRegistrationId;
	}

	void presalesAsked(Instant at, String request) {
		this.presalesAskedAt = at;
		this.presalesRequest = request;
	}

	void presalesGiven() {
		this.presalesAskedAt = null;
	}

	void returned() {
		routing();
		this.status = LeadStatus.RETURNED;
	}

	void won(Instant at, BigDecimal amount, LocalDate signedOn) {
		this.status = LeadStatus.WON;
		this.progress = LeadProgress.WON;
		this.wonAt = at;
		this.wonAmount = amount;
		this.wonSignedOn = signedOn;
		this.closedAt = at;
		this.nextUpdateDueAt = null;
	}

	void lost(Instant at, String reason) {
		this.status = LeadStatus.LOST;
		this.progress = LeadProgress.LOST;
		this.lostReason = reason;
		this.closedAt = at;
		this.nextUpdateDueAt = null;
	}

	void closed(Instant at, String note) {
		routing();
		this.status = LeadStatus.CLOSED;
		this.closedAt = at;
		this.closeNote = note;
	}

	public Long getId() {
		return id;
	}

	public String getReference() {
		return reference;
	}

	public String getCustomerCompany() {
		return customerCompany;
	}

	public String getCustomerCountry() {
		return customerCountry;
	}

	public String getProject() {
		return project;
	}

	public String getMarket() {
		return market;
	}

	public PartnerCategory getCategory() {
		return category;
	}

	public BigDecimal getEstimatedValue() {
		return estimatedValue;
	}

	public String getSource() {
		return source;
	}

	public LeadStatus getStatus() {
		return status;
	}

	public LeadProgress getProgress() {
		return progress;
	}

	public String getPartnerReference() {
		return partnerReference;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getAcceptedAt() {
		return acceptedAt;
	}

	public Instant getLastUpdateAt() {
		return lastUpdateAt;
	}

	public Instant getNextUpdateDueAt() {
		return nextUpdateDueAt;
	}

	public Instant getRemindedAt() {
		return remindedAt;
	}

	public Long getDealRegistrationId() {
		return dealRegistrationId;
	}

	public Instant getPresalesAskedAt() {
		return presalesAskedAt;
	}

	public String getPresalesRequest() {
		return presalesRequest;
	}

	public Instant getWonAt() {
		return wonAt;
	}

	public BigDecimal getWonAmount() {
		return wonAmount;
	}

	public LocalDate getWonSignedOn() {
		return wonSignedOn;
	}

	public String getLostReason() {
		return lostReason;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public String getCloseNote() {
		return closeNote;
	}

	String getProcessInstanceId() {
		return processInstanceId;
	}

}
