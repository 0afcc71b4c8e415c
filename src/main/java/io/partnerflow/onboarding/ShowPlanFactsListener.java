package io.partnerflow.onboarding;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Gives the day-100 review form what the plan achieved so far, as read-only fields of the task. */
@Component
class ShowPlanFactsListener implements TaskListener {

	private final OnboardingPlanService plans;

	ShowPlanFactsListener(OnboardingPlanService plans) {
		this.plans = plans;
	}

	@Override
	public void notify(DelegateTask task) {
		task.setVariablesLocal(plans.facts(task.getExecution().getProcessBusinessKey()).formVariables());
	}

}
