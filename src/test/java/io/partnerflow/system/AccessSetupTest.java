package io.partnerflow.system;

import io.partnerflow.IntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A database set up by an earlier version, where managers could deploy, loses that right at the next start. */
@IntegrationTest
class AccessSetupTest {

	@Autowired
	AccessSetup accessSetup;

	@Autowired
	AuthorizationService authorizationService;

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

	private Authorization deploymentGrant() {
		return authorizationService.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(Groups.MANAGERS)
			.resourceType(Resources.DEPLOYMENT)
			.resourceId("*")
			.singleResult();
	}

}
