package io.partnerflow.recruitmentplan;

import io.partnerflow.system.BadRequestException;
import io.partnerflow.system.FormRefusedException;

/** A plan's refusal said on the task's form: Tasklist shows it, the engine's REST API answers 400, nothing changes. */
final class PlanRefusals {

	private PlanRefusals() {
	}

	static FormRefusedException onForm(RuntimeException refused) {
		if (refused instanceof BadRequestException bad) {
			return new FormRefusedException("Please correct the form: " + bad.sentence());
		}
		return new FormRefusedException(refused.getMessage());
	}

}
