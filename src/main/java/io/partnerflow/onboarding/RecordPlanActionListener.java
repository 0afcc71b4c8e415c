package io.partnerflow.onboarding;

import io.partnerflow.system.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static io.partnerflow.onboarding.OnboardingProcess.*;

/**
 * Records what a plan task's form says, when the task is completed: the form and
 * {@link OnboardingFormRules} accepted it before (the engine's guard).
 */
@Component
class RecordPlanActionListener implements TaskListener {

	private final OnboardingPlanService plans;

	RecordPlanActionListener(OnboardingPlanService plans) {
		this.plans = plans;
	}

	@Override
	public void notify(DelegateTask task) {
		String reference = task.getExecution().getProcessBusinessKey();
		String actor = SubmittedForm.completedBy(task);
		SubmittedForm form = SubmittedForm.of(task);
		switch (task.getTaskDefinitionKey()) {
			case TRAIN_SALES_PEOPLE -> plans.recordSalesTraining(reference, whole(form, VAR_SALES_PEOPLE_TRAINED),
					whole(form, VAR_SALES_PEOPLE_CERTIFIED), actor);
			case TRAIN_TECHNICIANS -> plans.recordTechnicalTraining(reference, whole(form, VAR_TECHNICIANS_TRAINED),
					whole(form, VAR_TECHNICIANS_CERTIFIED), actor);
			case SIGN_BUSINESS_PLAN -> plans.recordBusinessPlan(reference, form.date(VAR_BUSINESS_PLAN_SIGNED_ON),
					form.text(VAR_YEARLY_OBJECTIVES), form.text(VAR_MEANS_TO_REACH_THEM), actor);
			case RUN_LEAD_CAMPAIGN -> plans.recordLeadCampaign(reference, form.text(VAR_CAMPAIGN_SUMMARY), actor);
			case SUPPORT_FIRST_VISITS -> plans.recordCustomerVisits(reference, whole(form, VAR_CUSTOMER_VISITS_DONE),
					form.text(VAR_VISITS_SUMMARY), actor);
			case REACH_INTEGRATION_MILESTONE -> plans.recordIntegrationMilestone(reference,
					form.date(VAR_INTEGRATION_MILESTONE_REACHED_ON), form.text(VAR_INTEGRATION_SUMMARY), actor);
			case MEET_PARTNER_CEO -> plans.recordCeoMeeting(reference, form.date(VAR_CEO_MEETING_HELD_ON),
					form.text(VAR_CEO_MEETING_SUMMARY), actor);
			case REVIEW_AUTONOMY, REVIEW_AUTONOMY_AGAIN -> plans.recordAutonomyReview(reference, form.yesNo(VAR_COMMERCIALLY_AUTONOMOUS),
					form.text(VAR_COMMERCIAL_AUTONOMY_COMMENT), form.yesNo(VAR_TECHNICALLY_AUTONOMOUS),
					form.text(VAR_TECHNICAL_AUTONOMY_COMMENT), actor);
			default -> throw new IllegalStateException("No plan record for task " + task.getTaskDefinitionKey());
		}
	}

	private static Integer whole(SubmittedForm form, String key) {
		Long number = form.number(key);
		return number == null ? null : number.intValue();
	}

}
