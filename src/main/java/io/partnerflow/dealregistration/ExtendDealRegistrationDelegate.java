package io.partnerflow.dealregistration;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.dealregistration.DealRegistrationProcess.*;

/** The registration progressed (the update's message carried its new figures): its validity starts again. */
@Component
class ExtendDealRegistrationDelegate implements JavaDelegate {

	private final DealRegistrations registrations;

	ExtendDealRegistrationDelegate(DealRegistrations registrations) {
		this.registrations = registrations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long id = ((Number) execution.getVariable(VAR_REGISTRATION_ID)).longValue();
		execution.setVariables(registrations.extend(id, new BigDecimal((String) execution.getVariable(VAR_EXPECTED_VALUE)),
				LocalDate.parse((String) execution.getVariable(VAR_EXPECTED_CLOSE_ON)),
				(String) execution.getVariable(VAR_ACTOR)));
	}

}
