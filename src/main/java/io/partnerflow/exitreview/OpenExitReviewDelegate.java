package io.partnerflow.exitreview;

import io.partnerflow.onboarding.OnboardingPlanService;
import io.partnerflow.onboarding.PlanFacts;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerVariables;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.exitreview.ExitReviewProcess.*;

/**
 * Opens the review: the partner is EXIT_REVIEW (after a red card, by the manager who issued it, with
 * its reason, and the status it had is kept for an exception), and the review form gets the facts of
 * its plan.
 */
@Component
class OpenExitReviewDelegate implements JavaDelegate {

	private final PartnerService partners;

	private final OnboardingPlanService plans;

	OpenExitReviewDelegate(PartnerService partners, OnboardingPlanService plans) {
		this.partners = partners;
		this.plans = plans;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = execution.getProcessBusinessKey();
		String round = (String) execution.getVariable(VAR_REVIEW_ROUND);
		Partner partner = partners.get(reference);
		if (ROUND_RED_CARD.equals(round)) {
			if (partner.getStatus() != PartnerStatus.EXIT_REVIEW) {
				// a retried job finds the partner in review already, and keeps the status it had before
				execution.setVariable(VAR_STATUS_BEFORE_REVIEW, partner.getStatus().name());
				partners.changeStatus(reference, PartnerStatus.EXIT_REVIEW, (String) execution.getVariable(VAR_CARD_ISSUED_BY),
						"red card: " + execution.getVariable(VAR_CARD_REASON));
			}
		}
		else if (partner.getStatus() != PartnerStatus.EXIT_REVIEW) {
			partners.changeStatus(reference, PartnerStatus.EXIT_REVIEW, PartnerService.SYSTEM_ACTOR,
					(ROUND_FINAL.equals(round) ? "final review at month 9" : "review at month 6") + ": no deal yet");
		}
		PlanFacts facts = plans.facts(reference);
		execution.setVariables(facts.formVariables());
		execution.setVariable(VAR_RECRUITER, partner.getRecruiter());
		execution.setVariables(PartnerVariables.of(partner));
	}

}
