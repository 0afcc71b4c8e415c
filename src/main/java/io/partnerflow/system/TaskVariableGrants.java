package io.partnerflow.system;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

/** The task grants of databases from before {@code enforceSpecificVariablePermission}, completed once. */
@Component
class TaskVariableGrants {

	private static final Logger log = LoggerFactory.getLogger(TaskVariableGrants.class);

	/** Engine property: existing task grants carry READ_VARIABLE (see {@link #grantTaskHoldersTheirVariables()}). */
	static final String TASK_VARIABLES_GRANTED = "partnerflow.task-holders-read-variables";

	private final AuthorizationService authorizationService;

	private final ManagementService managementService;

	TaskVariableGrants(AuthorizationService authorizationService, ManagementService managementService) {
		this.authorizationService = authorizationService;
		this.managementService = managementService;
	}

	/**
	 * With {@code enforceSpecificVariablePermission} a task's holders read its variables (Tasklist's
	 * forms) through READ_VARIABLE on the task, which Camunda grants them on every task created
	 * since. Tasks created before it was turned on get it once here, where their holders already
	 * read them; a property of the engine remembers that it was done.
	 */
	void grantTaskHoldersTheirVariables() {
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
