package io.partnerflow.onboarding;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the partner's 100-day plan ({@code partner-onboarding}) with the recruitment's business key,
 * its {@code contractSignedAt} and the {@code contractType} legal chose, which the plan reads under the
 * same names; nothing else of the recruitment goes to the plan (its steps are decided from these and
 * the partner's record). Fails with a clear message (an incident after the retries) while no
 * onboarding model is deployed.
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
		Map<String, Object> variables = new HashMap<>();
		variables.put(OnboardingProcess.VAR_CONTRACT_SIGNED_AT, execution.getVariable(OnboardingProcess.VAR_CONTRACT_SIGNED_AT));
		Object contractType = execution.getVariable(OnboardingProcess.VAR_CONTRACT_TYPE);
		if (contractType != null) {
			variables.put(OnboardingProcess.VAR_CONTRACT_TYPE, contractType.toString());
		}
		engine.getRuntimeService()
			.startProcessInstanceByKey(OnboardingProcess.KEY, execution.getProcessBusinessKey(), variables);
	}

}
