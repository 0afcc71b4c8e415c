package io.partnerflow.exitreview;

import io.partnerflow.system.ModelMigration;
import org.springframework.stereotype.Component;

/**
 * How running instances of the exit review move to its current version (`POST /api/migrations/{key}`):
 * every activity keeps its id from the first version on, so it names no changed activity.
 */
@Component
class ExitReviewMigration implements ModelMigration {

	@Override
	public String processKey() {
		return ExitReviewProcess.KEY;
	}

	// a release that renames or replaces an activity overrides changedActivities() here

}
