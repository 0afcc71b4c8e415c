package io.partnerflow.system;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK_VARIABLE;
import static io.partnerflow.system.ProcessKeys.COMMITTEE_VOTE;
import static io.partnerflow.system.ProcessKeys.DEAL_REGISTRATION;
import static io.partnerflow.system.ProcessKeys.EXIT_REVIEW;
import static io.partnerflow.system.ProcessKeys.LEAD_DISTRIBUTION;
import static io.partnerflow.system.ProcessKeys.ONBOARDING;
import static io.partnerflow.system.ProcessKeys.PARTNER_CARD;
import static io.partnerflow.system.ProcessKeys.RECRUITMENT;
import static io.partnerflow.system.ProcessKeys.AUTONOMY_REVIEW;
import static io.partnerflow.system.ProcessKeys.RECRUITMENT_PLAN;
import static io.partnerflow.system.ProcessKeys.TIER_REVIEW;

/**
 * The rights of the business groups, as a list: who may open Tasklist and Cockpit, who may start
 * which process and read which model. Task rights come from the models (candidate groups and
 * assignees); managers read the tasks of every model but the committee vote, whose ballots stay with
 * the committee. {@link AccessSetup} grants them at start-up.
 */
final class AccessRights {

	/** A grant: group, resource, resource id, permissions. */
	record Grant(String group, Resource resource, String resourceId, Permission... permissions) {
	}

	private AccessRights() {
	}

	static List<Grant> grants() {
		return List.of(
				// Tasklist for every business group
				new Grant(Groups.RECRUITERS, Resources.APPLICATION, "tasklist", ACCESS),
				new Grant(Groups.COMMITTEE, Resources.APPLICATION, "tasklist", ACCESS),
				new Grant(Groups.COMMITTEE_CHAIR, Resources.APPLICATION, "tasklist", ACCESS),
				new Grant(Groups.MANAGERS, Resources.APPLICATION, "tasklist", ACCESS),
				new Grant(Groups.MARKETING, Resources.APPLICATION, "tasklist", ACCESS),
				new Grant(Groups.TRAINING, Resources.APPLICATION, "tasklist", ACCESS),
				new Grant(Groups.LEGAL, Resources.APPLICATION, "tasklist", ACCESS),
				new Grant(Groups.SALES, Resources.APPLICATION, "tasklist", ACCESS),
				// the leadership approves the recruitment plan in Tasklist, and its CEO meets strategic
				// partners' CEOs (a task of the 100-day plan)
				new Grant(Groups.LEADERSHIP, Resources.APPLICATION, "tasklist", ACCESS),
				// the lead cell confirms the partner each lead goes to and decides on the leads that come back;
				// sales help a partner shape its offer on a lead (task rights come from the model)
				new Grant(Groups.LEADS, Resources.APPLICATION, "tasklist", ACCESS),
				new Grant(Groups.LEADS, Resources.PROCESS_DEFINITION, LEAD_DISTRIBUTION, READ),
				new Grant(Groups.SALES, Resources.PROCESS_DEFINITION, LEAD_DISTRIBUTION, READ),
				// Managers open the year's recruitment plan from Tasklist and work its tasks; the leadership
				// approves it (task rights come from the model's candidate groups)
				new Grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, RECRUITMENT_PLAN, READ, CREATE_INSTANCE),
				new Grant(Groups.MANAGERS, Resources.PROCESS_INSTANCE, "*", CREATE),
				new Grant(Groups.LEADERSHIP, Resources.PROCESS_DEFINITION, RECRUITMENT_PLAN, READ),
				// Recruiters start recruitments from Tasklist and see the models their tasks belong to
				new Grant(Groups.RECRUITERS, Resources.PROCESS_DEFINITION, RECRUITMENT, READ, CREATE_INSTANCE),
				new Grant(Groups.RECRUITERS, Resources.PROCESS_INSTANCE, "*", CREATE),
				new Grant(Groups.RECRUITERS, Resources.PROCESS_DEFINITION, ONBOARDING, READ),
				new Grant(Groups.RECRUITERS, Resources.PROCESS_DEFINITION, EXIT_REVIEW, READ),
				new Grant(Groups.RECRUITERS, Resources.PROCESS_DEFINITION, DEAL_REGISTRATION, READ),
				new Grant(Groups.RECRUITERS, Resources.PROCESS_DEFINITION, AUTONOMY_REVIEW, READ),
				new Grant(Groups.COMMITTEE, Resources.PROCESS_DEFINITION, COMMITTEE_VOTE, READ),
				new Grant(Groups.COMMITTEE_CHAIR, Resources.PROCESS_DEFINITION, COMMITTEE_VOTE, READ),
				// the recruiter writes to a rejected candidate from the closed vote (its own task only)
				new Grant(Groups.RECRUITERS, Resources.PROCESS_DEFINITION, COMMITTEE_VOTE, READ),
				new Grant(Groups.LEGAL, Resources.PROCESS_DEFINITION, RECRUITMENT, READ),
				new Grant(Groups.MARKETING, Resources.PROCESS_DEFINITION, ONBOARDING, READ),
				new Grant(Groups.TRAINING, Resources.PROCESS_DEFINITION, ONBOARDING, READ),
				new Grant(Groups.SALES, Resources.PROCESS_DEFINITION, ONBOARDING, READ),
				new Grant(Groups.LEADERSHIP, Resources.PROCESS_DEFINITION, ONBOARDING, READ),
				// Managers watch everything in Cockpit, read only; they change the decision tables through
				// /api/decisions, never by deploying (a deployment runs code): only camunda-admin deploys
				new Grant(Groups.MANAGERS, Resources.APPLICATION, "cockpit", ACCESS),
				new Grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, "*", READ, READ_HISTORY, READ_INSTANCE),
				new Grant(Groups.MANAGERS, Resources.PROCESS_INSTANCE, "*", READ),
				// ...but the committee's ballots stay with the committee: task and variable rights on the other
				// models only (variables need their own rights: enforce-specific-variable-permission)
				new Grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, RECRUITMENT, READ_TASK, READ_TASK_VARIABLE,
						READ_INSTANCE_VARIABLE, READ_HISTORY_VARIABLE),
				new Grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, ONBOARDING, READ_TASK, READ_TASK_VARIABLE,
						READ_INSTANCE_VARIABLE, READ_HISTORY_VARIABLE),
				new Grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, EXIT_REVIEW, READ_TASK, READ_TASK_VARIABLE,
						READ_INSTANCE_VARIABLE, READ_HISTORY_VARIABLE),
				new Grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, DEAL_REGISTRATION, READ_TASK, READ_TASK_VARIABLE,
						READ_INSTANCE_VARIABLE, READ_HISTORY_VARIABLE),
				new Grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, RECRUITMENT_PLAN, READ_TASK, READ_TASK_VARIABLE,
						READ_INSTANCE_VARIABLE, READ_HISTORY_VARIABLE),
				new Grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, AUTONOMY_REVIEW, READ_TASK, READ_TASK_VARIABLE,
						READ_INSTANCE_VARIABLE, READ_HISTORY_VARIABLE),
				new Grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, LEAD_DISTRIBUTION, READ_TASK, READ_TASK_VARIABLE,
						READ_INSTANCE_VARIABLE, READ_HISTORY_VARIABLE),
				new Grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, TIER_REVIEW, READ_INSTANCE_VARIABLE,
						READ_HISTORY_VARIABLE),
				// a card is issued through /api/partners/{reference}/cards only: no start right on its model
				new Grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, PARTNER_CARD, READ_INSTANCE_VARIABLE,
						READ_HISTORY_VARIABLE),
				new Grant(Groups.MANAGERS, Resources.DECISION_DEFINITION, "*", READ, READ_HISTORY),
				new Grant(Groups.MANAGERS, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", READ),
				new Grant(Groups.MANAGERS, Resources.DEPLOYMENT, "*", READ),
				new Grant(Groups.MANAGERS, Resources.USER, "*", READ),
				new Grant(Groups.MANAGERS, Resources.GROUP, "*", READ));
	}

	/**
	 * Rights granted by earlier versions and taken back since: removed from the grant rows of
	 * existing databases at every start.
	 */
	static List<Grant> revoked() {
		return List.of(new Grant(Groups.MANAGERS, Resources.DEPLOYMENT, "*", CREATE));
	}

}
