package io.partnerflow.onboarding;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the partner's 100-day plan ({@code partner-onboarding}) with the recruitment's business key
 * and its {@code contractSignedAt}, which the plan reads under the same name. Fails with a clear
 * message (an incident after the retries) while no onboarding model is deployed.
 */
@Component
public class StartOnboardingPlanDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		ProcessEngineServices engine = execution.getProcessEngineServices();
		if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(OnboardingProcess.KEY).count() == 0) {
			throw new IllegalStateException("Cannot start the 100-day plan of " + execution.getProcessBusinessKey()
					+ ": no process '" + OnboardingProcess.KEY + "' is deployed. Deploy the onboarding model, then retry this job.");
		}
		engine.getRuntimeService()
			.startProcessInstanceByKey(OnboardingProcess.KEY, execution.getProcessBusinessKey(),
					Map.of(OnboardingProcess.VAR_CONTRACT_SIGNED_AT,
						execution.getVariable(OnboardingProcess.VAR_CONTRACT_SIGNED_AT)));
	}

}
