package io.partnerflow.onboarding;

import io.partnerflow.partner.PartnerService;
import java.util.Date;

import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.onboarding.OnboardingProcess.*;

/**
 * Opens the partner's 100-day plan: status ONBOARDING, the plan's record with its contract type and the
 * steps "Decide plan steps" gave (a plan that reached this step without a decision, such as one moved
 * here from an earlier version, gets the standard plan), the variables its steps need.
 */
@Component
class OpenOnboardingPlanDelegate implements JavaDelegate {

	private final OnboardingPlanService plans;

	private final OnboardingCalendar calendar;

	OpenOnboardingPlanDelegate(OnboardingPlanService plans, OnboardingCalendar calendar) {
		this.plans = plans;
		this.calendar = calendar;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Date signedAt = (Date) execution.getVariable(VAR_CONTRACT_SIGNED_AT);
		if (signedAt == null) {
			throw new IllegalStateException("The plan needs the variable " + VAR_CONTRACT_SIGNED_AT);
		}
		OnboardingPlanService.DecidedSteps decided = new OnboardingPlanService.DecidedSteps(
				flag(execution, VAR_TECHNICAL_TRAINING), flag(execution, VAR_INTEGRATION_MILESTONE),
				flag(execution, VAR_CEO_MEETING));
		Object contractType = execution.getVariable(VAR_CONTRACT_TYPE);
		Partner partner = plans.open(execution.getProcessBusinessKey(), signedAt.toInstant(),
				contractType == null ? null : contractType.toString(), decided, PartnerService.SYSTEM_ACTOR);
		execution.setVariable(VAR_RECRUITER, partner.getRecruiter());
		execution.setVariables(PartnerVariables.of(partner));
		execution.setVariable(VAR_FIRST_DEAL_SIGNED, partner.getFirstDealAt() != null);
		// the plan's dates, for the welcome mail
		execution.setVariable(VAR_DAY_HUNDRED_ON, calendar.dayHundred(signedAt));
		execution.setVariable(VAR_MONTH_SIX_ON, calendar.monthSix(signedAt));
	}

	private static Boolean flag(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return value instanceof Boolean decided ? decided : null;
	}

}
