package io.partnerflow.portal;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.partnerflow.dealregistration.DealRegistrationRequest;
import org.springframework.format.annotation.DateTimeFormat;

/** An opportunity the partner registers in its portal: what {@link DealRegistrationRequest} takes, as a form binds it. */
public class RegistrationForm {

	private String customer;

	private String project;

	private BigDecimal expectedValue;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expectedCloseOn;

	DealRegistrationRequest toRequest() {
		return new DealRegistrationRequest(customer == null ? null : customer.strip(),
				project == null ? null : project.strip(), expectedValue, expectedCloseOn);
	}

	public String getCustomer() {
		return customer;
	}

	public void setCustomer(String customer) {
		this.customer = customer;
	}

	public String getProject() {
		return project;
	}

	public void setProject(String project) {
		this.project = project;
	}

	public BigDecimal getExpectedValue() {
		return expectedValue;
	}

	public void setExpectedValue(BigDecimal expectedValue) {
		this.expectedValue = expectedValue;
	}

	public LocalDate getExpectedCloseOn() {
		return expectedCloseOn;
	}

	public void setExpectedCloseOn(LocalDate expectedCloseOn) {
		this.expectedCloseOn = expectedCloseOn;
	}

}
