package io.partnerflow.recruitmentplan;

import io.partnerflow.system.BadRequestException;
import io.partnerflow.system.ProblemException;
import io.partnerflow.system.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static io.partnerflow.recruitmentplan.RecruitmentPlanProcess.APPROVE;
import static io.partnerflow.recruitmentplan.RecruitmentPlanProcess.APPROVE_PLAN;
import static io.partnerflow.recruitmentplan.RecruitmentPlanProcess.DRAW_UP_PLAN;
import static io.partnerflow.recruitmentplan.RecruitmentPlanProcess.PLAN_APPROVED;
import static io.partnerflow.recruitmentplan.RecruitmentPlanProcess.PLAN_COMMENT;
import static io.partnerflow.recruitmentplan.RecruitmentPlanProcess.PLAN_DECISION;
import static io.partnerflow.recruitmentplan.RecruitmentPlanProcess.PLAN_YEAR;
import static io.partnerflow.recruitmentplan.RecruitmentPlanProcess.SEND_BACK;

/**
 * The engine's guard of the plan's two steps, in the completion's transaction: completing "Draw up
 * recruitment plan" submits the draft (refused without a target); completing "Approve recruitment
 * plan" approves it or sends it back, in the name of who completed the task (a send-back needs its
 * comment). A refusal leaves the task open with the reason on its form; nothing is half done.
 */
@Component
class RecordPlanStepListener implements TaskListener {

	private final RecruitmentPlans plans;

	RecordPlanStepListener(RecruitmentPlans plans) {
		this.plans = plans;
	}

	@Override
	public void notify(DelegateTask task) {
		int year = ((Number) task.getVariable(PLAN_YEAR)).intValue();
		try {
			switch (task.getTaskDefinitionKey()) {
				case DRAW_UP_PLAN -> plans.submit(year);
				case APPROVE_PLAN -> {
					SubmittedForm form = SubmittedForm.of(task);
					String decision = form.text(PLAN_DECISION);
					if (!APPROVE.equals(decision) && !SEND_BACK.equals(decision)) {
						throw new BadRequestException(PLAN_DECISION, "must be " + APPROVE + " or " + SEND_BACK);
					}
					plans.decide(year, APPROVE.equals(decision), SubmittedForm.completedBy(task), form.text(PLAN_COMMENT));
					task.getExecution().setVariable(PLAN_APPROVED, APPROVE.equals(decision));
				}
				default -> throw new IllegalStateException("No plan step for " + task.getTaskDefinitionKey());
			}
		}
		catch (ProblemException | BadRequestException refused) {
			throw PlanRefusals.onForm(refused);
		}
	}

}
