package io.partnerflow.recruitmentplan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static io.partnerflow.recruitmentplan.RecruitmentPlanProcess.PLAN_SUMMARY;
import static io.partnerflow.recruitmentplan.RecruitmentPlanProcess.PLAN_YEAR;

/** Shows the plan as it stands on the task's form (a task-local variable, read only on the form). */
@Component
class ShowPlanListener implements TaskListener {

	private final RecruitmentPlans plans;

	ShowPlanListener(RecruitmentPlans plans) {
		this.plans = plans;
	}

	@Override
	public void notify(DelegateTask task) {
		task.setVariableLocal(PLAN_SUMMARY, plans.summary(((Number) task.getVariable(PLAN_YEAR)).intValue()));
	}

}
