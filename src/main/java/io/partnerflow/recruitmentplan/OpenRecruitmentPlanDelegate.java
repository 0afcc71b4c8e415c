package io.partnerflow.recruitmentplan;

import io.partnerflow.system.CurrentUser;
import io.partnerflow.system.FormRefusedException;
import io.partnerflow.system.ProblemException;
import io.partnerflow.system.BadRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.recruitmentplan.RecruitmentPlanProcess.PLAN_YEAR;

/**
 * The plan's first step, in the transaction of its start: opens the year's draft for the signed-in
 * manager and takes {@code RP-<year>} as business key. A year out of range or already planned is
 * refused on the start form (the engine's REST API answers 400) and nothing is created.
 */
@Component
class OpenRecruitmentPlanDelegate implements JavaDelegate {

	private final RecruitmentPlans plans;

	OpenRecruitmentPlanDelegate(RecruitmentPlans plans) {
		this.plans = plans;
	}

	@Override
	public void execute(DelegateExecution execution) {
		if (!(execution.getVariable(PLAN_YEAR) instanceof Number sent) || sent.doubleValue() != Math.rint(sent.doubleValue())) {
			throw new FormRefusedException("Please correct the form: the plan's year must be a year such as "
					+ plans.currentYear());
		}
		String manager = CurrentUser.of(execution.getProcessEngineServices())
			.id()
			.orElseThrow(() -> new FormRefusedException("A recruitment plan is opened by a signed-in manager"));
		int year = sent.intValue();
		try {
			plans.open(year, manager);
		}
		catch (ProblemException | BadRequestException refused) {
			throw PlanRefusals.onForm(refused);
		}
		execution.setProcessBusinessKey(RecruitmentPlan.businessKey(year));
		execution.setVariable(PLAN_YEAR, year);
	}

}
