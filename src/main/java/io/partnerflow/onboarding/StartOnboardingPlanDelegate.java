package io.partnerflow.onboarding;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the partner's 100-day plan ({@value #ONBOARDING_PROCESS_KEY}) with the recruitment's
 * business key and {@code contractSignedAt}. Fails with a clear message (an incident after the
 * retries) while no onboarding model is deployed.
 */
@Component
public class StartOnboardingPlanDelegate implements JavaDelegate {

	public static final String ONBOARDING_PROCESS_KEY = "partner-onboarding";

	public static final String CONTRACT_SIGNED_AT = "contractSignedAt";

	@Override
	public void execute(DelegateExecution execution) {
		ProcessEngineServices engine = execution.getProcessEngineServices();
		if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ONBOARDING_PROCESS_KEY).count() == 0) {
			throw new IllegalStateException("Cannot start the 100-day plan of " + execution.getProcessBusinessKey()
					+ ": no process '" + ONBOARDING_PROCESS_KEY + "' is deployed. Deploy the onboarding model, then retry this job.");
		}
		engine.getRuntimeService()
			.startProcessInstanceByKey(ONBOARDING_PROCESS_KEY, execution.getProcessBusinessKey(),
					Map.of(CONTRACT_SIGNED_AT, execution.getVariable(CONTRACT_SIGNED_AT)));
	}

}
