package io.partnerflow.onboarding;

import java.time.Clock;
import java.time.LocalDate;

import io.partnerflow.system.FormDates;
import io.partnerflow.system.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static io.partnerflow.onboarding.OnboardingProcess.*;

/**
 * Checks and records what a plan task's form says, when the task is completed: a wrong form is
 * refused with a message naming its fields.
 */
@Component
class RecordPlanActionListener implements TaskListener {

	private static final int MAX_STAFF = 10_000;

	private static final int MAX_TEXT = 4_000;

	private final OnboardingPlanService plans;

	private final Clock clock;

	RecordPlanActionListener(OnboardingPlanService plans, Clock clock) {
		this.plans = plans;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		String reference = task.getExecution().getProcessBusinessKey();
		String actor = FormInput.actor(task);
		FormInput form = new FormInput(task, clock);
		switch (task.getTaskDefinitionKey()) {
			case TRAIN_SALES_PEOPLE -> {
				Integer trained = form.wholeNumber(VAR_SALES_PEOPLE_TRAINED, "Sales people trained", 0, MAX_STAFF);
				Integer certified = form.wholeNumber(VAR_SALES_PEOPLE_CERTIFIED, "Sales people certified", 0, MAX_STAFF);
				checkCertifiedAmongTrained(form, trained, certified, "sales people");
				plans.recordSalesTraining(reference, trained, certified, actor);
			}
			case TRAIN_TECHNICIANS -> {
				Integer trained = form.wholeNumber(VAR_TECHNICIANS_TRAINED, "Technicians trained", 0, MAX_STAFF);
				Integer certified = form.wholeNumber(VAR_TECHNICIANS_CERTIFIED, "Technicians certified", 0, MAX_STAFF);
				checkCertifiedAmongTrained(form, trained, certified, "technicians");
				plans.recordTechnicalTraining(reference, trained, certified, actor);
			}
			case SIGN_BUSINESS_PLAN -> {
				LocalDate signedOn = form.date(VAR_BUSINESS_PLAN_SIGNED_ON, "Signature date", contractSignedOn(task),
						"the contract signature");
				String objectives = form.text(VAR_YEARLY_OBJECTIVES, "Yearly objectives", MAX_TEXT, true);
				String means = form.text(VAR_MEANS_TO_REACH_THEM, "Means to reach them", MAX_TEXT, true);
				form.check();
				plans.recordBusinessPlan(reference, signedOn, objectives, means, actor);
			}
			case RUN_LEAD_CAMPAIGN -> {
				Integer leads = form.wholeNumber(VAR_LEADS_PASSED, "Leads passed", 0, 1_000_000);
				String summary = form.text(VAR_CAMPAIGN_SUMMARY, "Campaign summary", MAX_TEXT, true);
				form.check();
				plans.recordLeadCampaign(reference, leads, summary, actor);
			}
			case SUPPORT_FIRST_VISITS -> {
				Integer visits = form.wholeNumber(VAR_CUSTOMER_VISITS_DONE, "Customer visits done", 0, 10_000);
				String summary = form.text(VAR_VISITS_SUMMARY, "Visits summary", MAX_TEXT, true);
				form.check();
				plans.recordCustomerVisits(reference, visits, summary, actor);
			}
			case REVIEW_AUTONOMY -> {
				Boolean commercial = form.yesNo(VAR_COMMERCIALLY_AUTONOMOUS, "Commercially autonomous");
				String commercialComment = form.text(VAR_COMMERCIAL_AUTONOMY_COMMENT, "Comment on commercial autonomy", MAX_TEXT, true);
				Boolean technical = form.yesNo(VAR_TECHNICALLY_AUTONOMOUS, "Technically autonomous");
				String technicalComment = form.text(VAR_TECHNICAL_AUTONOMY_COMMENT, "Comment on technical autonomy", MAX_TEXT, true);
				form.check();
				plans.recordAutonomyReview(reference, commercial, commercialComment, technical, technicalComment, actor);
			}
			default -> throw new IllegalStateException("No plan record for task " + task.getTaskDefinitionKey());
		}
	}

	private static void checkCertifiedAmongTrained(FormInput form, Integer trained, Integer certified, String who) {
		if (trained != null && certified != null && certified > trained) {
			form.problem("Certified %s cannot outnumber trained %s".formatted(who, who));
		}
		form.check();
	}

	/** The day the contract was signed: the joint business plan follows it. */
	private static LocalDate contractSignedOn(DelegateTask task) {
		return FormDates.parse(task.getVariable(VAR_CONTRACT_SIGNED_AT));
	}

}
