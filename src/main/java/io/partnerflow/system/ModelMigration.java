package io.partnerflow.system;

import java.util.Map;

/**
 * How running instances of one model move from an earlier version to the current one: a bean next
 * to the model's constants. Camunda's migration plan maps each activity of the earlier version to the
 * activity of the same id in the current one (with its timers, which keep their due dates, and its
 * message subscriptions); what a release renamed or replaced is named here, one instruction each.
 * An activity that is neither (removed, or changed beyond a mapping) cannot move: its instances stay
 * on their version, and the dry run says so.
 */
public interface ModelMigration {

	/** The model's process key. */
	String processKey();

	/**
	 * The activities of earlier versions that the current version names otherwise (earlier id to
	 * current id); empty while every id stays.
	 */
	default Map<String, String> changedActivities() {
		return Map.of();
	}

}
