package io.partnerflow.system;

import java.util.Map;

import io.partnerflow.IntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database set up by an earlier version is brought up to date at the next start: managers lose the
 * right to deploy, the Tasklist filters get their order.
 */
@IntegrationTest
class AccessSetupTest {

	@Autowired
	AccessSetup accessSetup;

	@Autowired
	AuthorizationService authorizationService;

	@Autowired
	FilterService filterService;

	@Autowired
	TaskService taskService;

	@Test
	void theDeployRightAnEarlierVersionGaveManagersIsTakenBackAtStart() {
		// given the grant row of an earlier version: managers READ and CREATE on every deployment
		Authorization old = deploymentGrant();
		old.addPermission(Permissions.CREATE);
		authorizationService.saveAuthorization(old);
		assertThat(authorizationService.isUserAuthorized("mona", java.util.List.of(Groups.MANAGERS), Permissions.CREATE,
				Resources.DEPLOYMENT, "*")).isTrue();

		// when the application starts
		accessSetup.run(null);

		// then mona may read deployments but no longer create one
		assertThat(authorizationService.isUserAuthorized("mona", java.util.List.of(Groups.MANAGERS), Permissions.CREATE,
				Resources.DEPLOYMENT, "*")).isFalse();
		assertThat(deploymentGrant().isPermissionGranted(Permissions.READ)).isTrue();
	}

	@Test
	void aFilterOfAnEarlierVersionGetsTheDueDateOrderAtStart() {
		// given "Recruitment" as an earlier version created it: Tasklist's own order, no refresh
		Filter recruitment = filterService.createTaskFilterQuery().filterName("Recruitment").singleResult();
		filterService.saveFilter(recruitment.setQuery(taskService.createTaskQuery().processDefinitionKey("partner-recruitment"))
			.setProperties(Map.of("priority", 0, "description", "Candidates on their way to a contract")));

		// when the application starts
		accessSetup.run(null);

		// then its tasks come earliest due first, and it refreshes; the filter is the same one
		Filter updated = filterService.getFilter(recruitment.getId());
		assertThat(updated.getProperties()).containsEntry("refresh", true);
		assertThat(updated.<TaskQuery>getQuery()).isInstanceOfSatisfying(TaskQueryImpl.class,
				query -> assertThat(query.getOrderingProperties()).extracting(ordering -> ordering.getQueryProperty().getName())
					.containsExactly("DUE_DATE_"));
		assertThat(filterService.createTaskFilterQuery().filterName("Recruitment").count()).isEqualTo(1);
	}

	private Authorization deploymentGrant() {
		return authorizationService.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(Groups.MANAGERS)
			.resourceType(Resources.DEPLOYMENT)
			.resourceId("*")
			.singleResult();
	}

}
