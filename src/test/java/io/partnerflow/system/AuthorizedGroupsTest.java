package io.partnerflow.system;

import java.util.List;
import java.util.UUID;

import io.partnerflow.IntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The groups holding an authorization are remembered across commands ({@link AuthorizedGroups}):
 * a right written on this node counts at once, one written by another node within seconds, and
 * in between its group's members lack it rather than gain anything.
 */
@IntegrationTest
class AuthorizedGroupsTest {

	@Autowired
	AuthorizedGroups authorizedGroups;

	@Autowired
	AuthorizationService authorizationService;

	@Autowired
	FilterService filterService;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void signOut() {
		identityService.clearAuthentication();
		authorizationService.createAuthorizationQuery().groupIdIn(group("here"), group("elsewhere")).list()
			.forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
		filterService.createFilterQuery().filterName("remembered groups " + suffix).list()
			.forEach(filter -> filterService.deleteFilter(filter.getId()));
	}

	@Test
	void aRightWrittenOnThisNodeCountsAtOnce() {
		Filter filter = filter();
		assertThat(readableBy(group("here"))).doesNotContain(filter.getId());

		// when an administrator grants a new group the filter, through the engine of this node
		Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		grant.setGroupId(group("here"));
		grant.setResource(Resources.FILTER);
		grant.setResourceId(filter.getId());
		grant.addPermission(Permissions.READ);
		authorizationService.saveAuthorization(grant);

		// then its members read it in the next command, remembered groups or not
		assertThat(readableBy(group("here"))).contains(filter.getId());
	}

	@Test
	void aRightWrittenElsewhereCountsOnceTheGroupsAreReadAgainAndNeverGrantsBefore() {
		Filter filter = filter();
		assertThat(readableBy(group("elsewhere"))).doesNotContain(filter.getId()); // the groups are read now

		// when another node writes a grant for a new group (a row this node's engine did not write)
		jdbc.update("""
				insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)
				values (?, 1, ?, ?, ?, ?, ?)""", UUID.randomUUID().toString(), Authorization.AUTH_TYPE_GRANT,
				group("elsewhere"), Resources.FILTER.resourceType(), filter.getId(), Permissions.READ.getValue());

		// then until the groups are read again its members still lack the right: narrower, never wider
		assertThat(readableBy(group("elsewhere"))).doesNotContain(filter.getId());

		// and once they are (after AuthorizedGroups.FRESH_NANOS), the right counts
		authorizedGroups.forget();
		assertThat(readableBy(group("elsewhere"))).contains(filter.getId());
	}

	private Filter filter() {
		return filterService.saveFilter(filterService.newTaskFilter("remembered groups " + suffix));
	}

	private List<String> readableBy(String group) {
		identityService.setAuthentication("member-" + suffix, List.of(group));
		try {
			return filterService.createFilterQuery().listPage(0, 2000).stream().map(Filter::getId).toList();
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	private String group(String where) {
		return "remembered-" + where + "-" + suffix;
	}

}
