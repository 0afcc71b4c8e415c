package io.partnerflow.portal;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.partnerflow.deals.DealRequest;
import org.springframework.format.annotation.DateTimeFormat;

/** A deal the partner registers on its page: what {@link DealRequest} takes, as a form binds it. */
public class DealForm {

	private String customer;

	private BigDecimal amount;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate signedOn;

	DealRequest toRequest() {
		return new DealRequest(customer == null ? null : customer.strip(), amount, signedOn);
	}

	public String getCustomer() {
		return customer;
	}

	public void setCustomer(String customer) {
		this.customer = customer;
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

}
