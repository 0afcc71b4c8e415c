package io.partnerflow.dealregistration;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.TaskCompleter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import static io.partnerflow.dealregistration.DealRegistrationProcess.*;

/**
 * Closes the registration with the model's field {@code outcome} (REJECTED, EXPIRED, WON, LOST),
 * freeing its project; a won one is recorded as the partner's deal with the amount and day its
 * message carried. Prototype-scoped and public because Camunda injects the field into the bean it is given.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class CloseDealRegistrationDelegate implements JavaDelegate {

	private final DealRegistrations registrations;

	private Expression outcome;

	CloseDealRegistrationDelegate(DealRegistrations registrations) {
		this.registrations = registrations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long id = ((Number) execution.getVariable(VAR_REGISTRATION_ID)).longValue();
		DealRegistrationStatus closing = DealRegistrationStatus.valueOf(String.valueOf(outcome.getValue(execution)).strip());
		String actor = switch (closing) {
			case REJECTED -> TaskCompleter.of(execution, REVIEW, PartnerService.SYSTEM_ACTOR);
			case WON, LOST -> (String) execution.getVariable(VAR_ACTOR);
			default -> PartnerService.SYSTEM_ACTOR;
		};
		Object amount = execution.getVariable(VAR_WON_AMOUNT);
		Object signedOn = execution.getVariable(VAR_WON_SIGNED_ON);
		registrations.close(id, closing, actor, closing == DealRegistrationStatus.WON ? new BigDecimal((String) amount) : null,
				closing == DealRegistrationStatus.WON ? LocalDate.parse((String) signedOn) : null);
	}

	public void setOutcome(Expression outcome) {
		this.outcome = outcome;
	}

}
