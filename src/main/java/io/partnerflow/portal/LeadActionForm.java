package io.partnerflow.portal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the partner does on one of its leads, as a form of its leads page binds it: the lead (its
 * reference), the action, and the fields the action takes (a reason, the offer's value and close date,
 * the won deal's amount and signing day, what pre-sales should help with).
 */
public class LeadActionForm {

	private String lead;

	private String action;

	private String reason;

	private BigDecimal offerValue;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expectedCloseOn;

	private BigDecimal amount;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate signedOn;

	private String request;

	public String getLead() {
		return lead;
	}

	public void setLead(String lead) {
		this.lead = lead;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public BigDecimal getOfferValue() {
		return offerValue;
	}

	public void setOfferValue(BigDecimal offerValue) {
		this.offerValue = offerValue;
	}

	public LocalDate getExpectedCloseOn() {
		return expectedCloseOn;
	}

	public void setExpectedCloseOn(LocalDate expectedCloseOn) {
		this.expectedCloseOn = expectedCloseOn;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public void setSignedOn(LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	public String getRequest() {
		return request;
	}

	public void setRequest(String request) {
		this.request = request;
	}

}
