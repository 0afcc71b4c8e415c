package io.partnerflow.system;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK_VARIABLE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;

/**
 * The groups, their rights and the Tasklist filters, in every profile, created idempotently at
 * start-up: who may open Tasklist and Cockpit, who may start which process, which filters each
 * group sees. Task rights come from the models (candidate groups and assignees); managers read the
 * tasks of every model but the committee vote, whose ballots stay with the committee.
 */
@Component
@Order(0)
class AccessSetup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AccessSetup.class);

	static final String RECRUITMENT = "partner-recruitment";

	static final String COMMITTEE_VOTE = "committee-vote";

	static final String ONBOARDING = "partner-onboarding";

	static final String EXIT_REVIEW = "exit-review";

	/** A grant: group, resource, resource id, permissions. */
	record Grant(String group, Resource resource, String resourceId, Permission... permissions) {
	}

	/**
	 * A Tasklist filter, the groups that see it, and its query. Its tasks come earliest due first,
	 * since every user task is due by a date of the method. The cards name the partner through the
	 * task's name ({@code partner.PartnerTaskNames}), not through filter variables: those cost a variable
	 * query on every list refresh, and a recruiter may read a task's variables, not its process's.
	 */
	record TaskFilter(String name, int priority, String description, List<String> groups, TaskQuery query) {

		Map<String, Object> properties() {
			return Map.of("priority", priority, "description", description, "refresh", true);
		}

	}

	/** Camunda's own form of a stored filter query, to tell whether a filter's query changed. */
	private static final JsonTaskQueryConverter QUERY_JSON = new JsonTaskQueryConverter();

	private final IdentityService identityService;

	private final AuthorizationService authorizationService;

	private final FilterService filterService;

	private final TaskService taskService;

	private final ManagementService managementService;

	/** Engine property: existing task grants carry READ_VARIABLE (see grantTaskHoldersTheirVariables). */
	static final String TASK_VARIABLES_GRANTED = "partnerflow.task-holders-read-variables";

	AccessSetup(IdentityService identityService, AuthorizationService authorizationService,
			FilterService filterService, TaskService taskService, ManagementService managementService) {
		this.managementService = managementService;
		this.identityService = identityService;
		this.authorizationService = authorizationService;
		this.filterService = filterService;
		this.taskService = taskService;
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
				// Recruiters start recruitments from Tasklist and see the models their tasks belong to
				new Grant(Groups.RECRUITERS, Resources.PROCESS_DEFINITION, RECRUITMENT, READ, CREATE_INSTANCE),
				new Grant(Groups.RECRUITERS, Resources.PROCESS_INSTANCE, "*", CREATE),
				new Grant(Groups.RECRUITERS, Resources.PROCESS_DEFINITION, ONBOARDING, READ),
				new Grant(Groups.RECRUITERS, Resources.PROCESS_DEFINITION, EXIT_REVIEW, READ),
				new Grant(Groups.COMMITTEE, Resources.PROCESS_DEFINITION, COMMITTEE_VOTE, READ),
				new Grant(Groups.COMMITTEE_CHAIR, Resources.PROCESS_DEFINITION, COMMITTEE_VOTE, READ),
				// the recruiter writes to a rejected candidate from the closed vote (its own task only)
				new Grant(Groups.RECRUITERS, Resources.PROCESS_DEFINITION, COMMITTEE_VOTE, READ),
				new Grant(Groups.LEGAL, Resources.PROCESS_DEFINITION, RECRUITMENT, READ),
				new Grant(Groups.MARKETING, Resources.PROCESS_DEFINITION, ONBOARDING, READ),
				new Grant(Groups.TRAINING, Resources.PROCESS_DEFINITION, ONBOARDING, READ),
				new Grant(Groups.SALES, Resources.PROCESS_DEFINITION, ONBOARDING, READ),
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

	List<TaskFilter> filters() {
		List<String> everyone = Groups.BUSINESS.stream().map(g -> g[0]).toList();
		return List.of(
				new TaskFilter("My tasks", -10, "Tasks assigned to me", everyone,
						taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc()),
				new TaskFilter("My group's tasks", -5, "Tasks waiting for one of my groups", everyone,
						taskService.createTaskQuery()
							.taskCandidateGroupInExpression("${currentUserGroups()}")
							.includeAssignedTasks()
							.orderByDueDate()
							.asc()),
				new TaskFilter("Recruitment", 0, "Candidates on their way to a contract",
						List.of(Groups.RECRUITERS, Groups.LEGAL, Groups.MANAGERS),
						taskService.createTaskQuery().processDefinitionKey(RECRUITMENT).orderByDueDate().asc()),
				new TaskFilter("Committee votes", 5, "My votes on applications",
						List.of(Groups.COMMITTEE, Groups.COMMITTEE_CHAIR),
						taskService.createTaskQuery().processDefinitionKey(COMMITTEE_VOTE).orderByDueDate().asc()),
				new TaskFilter("Onboarding", 10, "The 100-day plans and exit reviews",
						List.of(Groups.RECRUITERS, Groups.MARKETING, Groups.TRAINING, Groups.SALES, Groups.MANAGERS),
						taskService.createTaskQuery().processDefinitionKeyIn(ONBOARDING, EXIT_REVIEW).orderByDueDate().asc()));
	}

	@Override
	public void run(ApplicationArguments args) {
		Groups.BUSINESS.forEach(g -> ensureGroup(g[0], g[1]));
		grants().forEach(this::ensureGrant);
		revoked().forEach(this::ensureRevoked);
		grantTaskHoldersTheirVariables();
		filters().forEach(this::ensureFilter);
		log.info("Groups, rights and Tasklist filters are in place");
	}

	private void ensureGroup(String id, String name) {
		if (identityService.createGroupQuery().groupId(id).count() == 0) {
			Group group = identityService.newGroup(id);
			group.setName(name);
			group.setType("WORKFLOW");
			identityService.saveGroup(group);
		}
	}

	private void ensureGrant(Grant grant) {
		Authorization authorization = authorizationService.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(grant.group())
			.resourceType(grant.resource())
			.resourceId(grant.resourceId())
			.singleResult();
		if (authorization == null) {
			authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			authorization.setGroupId(grant.group());
			authorization.setResource(grant.resource());
			authorization.setResourceId(grant.resourceId());
		}
		else if (Arrays.stream(grant.permissions()).allMatch(authorization::isPermissionGranted)) {
			return;
		}
		Arrays.stream(grant.permissions()).forEach(authorization::addPermission);
		authorizationService.saveAuthorization(authorization);
	}

	private void ensureRevoked(Grant stale) {
		Authorization authorization = authorizationService.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(stale.group())
			.resourceType(stale.resource())
			.resourceId(stale.resourceId())
			.singleResult();
		if (authorization == null
				|| Arrays.stream(stale.permissions()).noneMatch(authorization::isPermissionGranted)) {
			return;
		}
		Arrays.stream(stale.permissions()).forEach(authorization::removePermission);
		authorizationService.saveAuthorization(authorization);
		log.info("Took back {} on {} {} from group {}", Arrays.toString(stale.permissions()), stale.resource().resourceName(),
				stale.resourceId(), stale.group());
	}

	/** Creates the filter, or brings an existing one (of an earlier version) to the wanted query and properties. */
	private void ensureFilter(TaskFilter wanted) {
		Filter filter = filterService.createTaskFilterQuery().filterName(wanted.name()).singleResult();
		if (filter == null) {
			filter = filterService.saveFilter(filterService.newTaskFilter(wanted.name())
				.setQuery(wanted.query())
				.setProperties(wanted.properties()));
		}
		else if (!json(filter.getQuery()).equals(json(wanted.query())) || !wanted.properties().equals(filter.getProperties())) {
			filter = filterService.saveFilter(filter.setQuery(wanted.query()).setProperties(wanted.properties()));
			log.info("Tasklist filter \"{}\" brought up to date", wanted.name());
		}
		String filterId = filter.getId();
		wanted.groups().forEach(group -> ensureGrant(new Grant(group, Resources.FILTER, filterId, Permissions.READ)));
	}

	private static String json(Object query) {
		return query instanceof TaskQuery task ? QUERY_JSON.toJson(task) : String.valueOf(query);
	}

	/**
	 * With {@code enforceSpecificVariablePermission} a task's holders read its variables (Tasklist's
	 * forms) through READ_VARIABLE on the task, which Camunda grants them on every task created
	 * since. Tasks created before it was turned on get it once here, where their holders already
	 * read them; a property of the engine remembers that it was done.
	 */
	private void grantTaskHoldersTheirVariables() {
		if ("true".equals(managementService.getProperties().get(TASK_VARIABLES_GRANTED))) {
			return;
		}
		int granted = 0;
		List<Authorization> batch;
		int page = 0;
		do {
			batch = authorizationService.createAuthorizationQuery()
				.authorizationType(Authorization.AUTH_TYPE_GRANT)
				.resourceType(Resources.TASK)
				.hasPermission(READ)
				.orderByResourceId()
				.asc()
				.listPage(page * 500, 500);
			for (Authorization authorization : batch) {
				if (!authorization.isPermissionGranted(TaskPermissions.READ_VARIABLE)) {
					authorization.addPermission(TaskPermissions.READ_VARIABLE);
					authorizationService.saveAuthorization(authorization);
					granted++;
				}
			}
			page++;
		}
		while (batch.size() == 500);
		managementService.setProperty(TASK_VARIABLES_GRANTED, "true");
		log.info("Task holders read their tasks' variables: {} existing task grants completed", granted);
	}

}
