package io.partnerflow.dealregistration;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.TaskCompleter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.dealregistration.DealRegistrationProcess.*;

/** Approves the registration, by the reviewer who decided, and sets when it expires. */
@Component
class ApproveDealRegistrationDelegate implements JavaDelegate {

	private final DealRegistrations registrations;

	ApproveDealRegistrationDelegate(DealRegistrations registrations) {
		this.registrations = registrations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long id = ((Number) execution.getVariable(VAR_REGISTRATION_ID)).longValue();
		execution.setVariables(registrations.approve(id, TaskCompleter.of(execution, REVIEW, PartnerService.SYSTEM_ACTOR)));
	}

}
