package io.partnerflow.insight;

import io.partnerflow.recruitmentplan.RecruitmentPlanProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the month's progress against the plan on the monthly review's form (a task-local variable, read only). */
@Component
class ShowPlanProgressListener implements TaskListener {

	private final PlanProgressService progress;

	ShowPlanProgressListener(PlanProgressService progress) {
		this.progress = progress;
	}

	@Override
	public void notify(DelegateTask task) {
		int year = ((Number) task.getVariable(RecruitmentPlanProcess.PLAN_YEAR)).intValue();
		task.setVariableLocal(RecruitmentPlanProcess.PLAN_PROGRESS, progress.of(year).text());
	}

}
