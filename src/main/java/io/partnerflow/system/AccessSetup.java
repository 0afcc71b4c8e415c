package io.partnerflow.system;

import java.util.Arrays;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.system.AccessRights.Grant;
import io.partnerflow.system.TaskFilterSet.TaskFilter;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The groups, their rights ({@link AccessRights}) and the Tasklist filters ({@link TaskFilterSet}),
 * in every profile, created idempotently at start-up; rights taken back since an earlier version are
 * removed.
 */
@Component
@Order(0)
class AccessSetup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AccessSetup.class);

	private final IdentityService identityService;

	private final AuthorizationService authorizationService;

	private final FilterService filterService;

	private final TaskFilterSet filters;

	private final TaskVariableGrants taskVariables;

	private final ObjectMapper json;

	AccessSetup(IdentityService identityService, AuthorizationService authorizationService, FilterService filterService,
			TaskFilterSet filters, TaskVariableGrants taskVariables, ObjectMapper json) {
		this.identityService = identityService;
		this.authorizationService = authorizationService;
		this.filterService = filterService;
		this.filters = filters;
		this.taskVariables = taskVariables;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) {
		Groups.BUSINESS.forEach(g -> ensureGroup(g[0], g[1]));
		ensureGroup(Groups.MONITORING, "Monitoring", "SYSTEM");
		AccessRights.grants().forEach(this::ensureGrant);
		AccessRights.revoked().forEach(this::ensureRevoked);
		taskVariables.grantTaskHoldersTheirVariables();
		filters.filters().forEach(this::ensureFilter);
		log.info("Groups, rights and Tasklist filters are in place");
	}

	private void ensureGroup(String id, String name) {
		ensureGroup(id, name, "WORKFLOW");
	}

	private void ensureGroup(String id, String name, String type) {
		if (identityService.createGroupQuery().groupId(id).count() == 0) {
			Group group = identityService.newGroup(id);
			group.setName(name);
			group.setType(type);
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
		else if (!sameQuery(filter.getQuery(), wanted.query()) || !wanted.properties().equals(filter.getProperties())) {
			filter = filterService.saveFilter(filter.setQuery(wanted.query()).setProperties(wanted.properties()));
			log.info("Tasklist filter \"{}\" brought up to date", wanted.name());
		}
		String filterId = filter.getId();
		wanted.groups().forEach(group -> ensureGrant(new Grant(group, Resources.FILTER, filterId, Permissions.READ)));
	}

	/** Compared as the engine's REST API shows a filter's query to Tasklist: its criteria and its order. */
	private boolean sameQuery(Object stored, TaskQuery wanted) {
		return stored instanceof TaskQuery query
				&& json.valueToTree(TaskQueryDto.fromQuery(query)).equals(json.valueToTree(TaskQueryDto.fromQuery(wanted)));
	}

}
