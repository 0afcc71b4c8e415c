package io.partnerflow.onboarding;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Keeps the lead campaign's open task up to date: the module that passes leads tells the plan each time
 * a partner's leads change (offered, accepted, won...), and the task's form then shows the leads passed
 * so far ({@link PlanLeads}), as the plan's facts count them.
 */
@Component
public class PlanLeadFacts {

	private final TaskService tasks;

	private final OnboardingPlanService plans;

	PlanLeadFacts(TaskService tasks, OnboardingPlanService plans) {
		this.tasks = tasks;
		this.plans = plans;
	}

	/** The partner's leads changed: its open lead campaign task, if any, shows them as they are now. */
	public void leadsChanged(String reference) {
		for (Task campaign : tasks.createTaskQuery()
			.processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(OnboardingProcess.RUN_LEAD_CAMPAIGN)
			.list()) {
			tasks.setVariableLocal(campaign.getId(), OnboardingProcess.VAR_LEAD_FACTS, plans.facts(reference).leads());
		}
	}

}
