package io.partnerflow.onboarding;

import java.util.Objects;

import io.partnerflow.partner.PartnerService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.onboarding.OnboardingProcess.VAR_NEW_TIER;
import static io.partnerflow.onboarding.OnboardingProcess.VAR_TIER_CHANGED;

/** Records the tier the decision table gave, when it differs from the partner's tier; says whether it changed. */
@Component
class RecordPartnerTierDelegate implements JavaDelegate {

	private final PartnerService partners;

	RecordPartnerTierDelegate(PartnerService partners) {
		this.partners = partners;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = execution.getProcessBusinessKey();
		String tier = (String) execution.getVariable(VAR_NEW_TIER);
		boolean changed = tier != null && !Objects.equals(tier, partners.get(reference).getTier());
		if (changed) {
			partners.changeTier(reference, tier, PartnerService.SYSTEM_ACTOR);
		}
		execution.setVariable(VAR_TIER_CHANGED, changed);
	}

}
