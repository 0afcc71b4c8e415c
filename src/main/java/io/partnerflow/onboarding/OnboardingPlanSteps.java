package io.partnerflow.onboarding;

import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The plan's steps in the model: the inputs of the plan decision ("Decide plan steps"), read from the
 * partner when it runs, and whether the plan has a step (the gateways of the plan's optional steps),
 * read from the plan's record, where "Open 100-day plan" keeps what the decision gave. No variable a
 * caller sends decides a step: a gateway reads the record, and the record only the instance's own
 * decision.
 */
@Component("onboardingPlanSteps")
public class OnboardingPlanSteps {

	private final OnboardingPlanService plans;

	private final PartnerService partners;

	OnboardingPlanSteps(OnboardingPlanService plans, PartnerService partners) {
		this.plans = plans;
		this.partners = partners;
	}

	/** The contract's type the plan was started with ({@code contractType}), null when it has none. */
	public String contractType(DelegateExecution execution) {
		Object type = execution.getVariable(OnboardingProcess.VAR_CONTRACT_TYPE);
		return type == null ? null : type.toString();
	}

	/** The partner's category ({@code RESELLER}, {@code TECHNOLOGY}...), null when it has none. */
	public String category(String reference) {
		Partner partner = partners.get(reference);
		return partner.getCategory() == null ? null : partner.getCategory().name();
	}

	/** The yearly revenue the candidate declared (EUR), 0 when unknown. */
	public long annualRevenue(String reference) {
		return plans.yearlyRevenue(reference);
	}

	/** Whether the partner's plan has the step named {@code step} ({@link PlanStep#key()}, such as {@code train-technicians}). */
	public boolean includes(String reference, String step) {
		PlanStep wanted = PlanStep.ofKey(step)
			.orElseThrow(() -> new IllegalArgumentException("No plan step " + step + "; the steps: "
					+ java.util.Arrays.stream(PlanStep.values()).map(PlanStep::key).toList()));
		return plans.steps(reference).contains(wanted);
	}

}
