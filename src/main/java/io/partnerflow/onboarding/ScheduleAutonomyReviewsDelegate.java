package io.partnerflow.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The day-100 review found the partner not autonomous on both counts: its recurring reviews start
 * (once, whoever runs this: a retried job starts nothing more).
 */
@Component
class ScheduleAutonomyReviewsDelegate implements JavaDelegate {

	private final AutonomyReviews reviews;

	ScheduleAutonomyReviewsDelegate(AutonomyReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		reviews.start(execution.getProcessBusinessKey());
	}

}
