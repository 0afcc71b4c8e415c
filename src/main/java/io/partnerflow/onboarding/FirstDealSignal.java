package io.partnerflow.onboarding;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Tells a partner's running 100-day plan that its first deal is signed: the flag its gateways read
 * (kept even when the plan is not waiting for the message at this moment, e.g. during the day-100
 * review) and the message {@code Message_DealWon} wherever the plan waits for it.
 */
@Component
public class FirstDealSignal {

	private final RuntimeService runtimeService;

	public FirstDealSignal(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	/** Returns true when a running plan was told. */
	public boolean firstDealWon(String reference) {
		ProcessInstance plan = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(reference)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
		if (plan == null) {
			return false;
		}
		runtimeService.setVariable(plan.getId(), OnboardingProcess.VAR_FIRST_DEAL_SIGNED, true);
		runtimeService.createMessageCorrelation(OnboardingProcess.MESSAGE_DEAL_WON)
			.processInstanceId(plan.getId())
			.correlateAllWithResult();
		return true;
	}

}
