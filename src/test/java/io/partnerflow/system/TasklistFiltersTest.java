package io.partnerflow.system;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.support.ApiClient;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick path of Tasklist's filters ({@link TasklistFilters}) answers exactly what Camunda's own
 * authorization-checked query answers, page and count, for every user and filter, and steps aside
 * for any query it does not know and whenever a revoking authorization exists.
 */
@IntegrationTest
class TasklistFiltersTest {

	static final String MODEL = "tasklist-rights-test";

	static final List<String> USERS = List.of("rita", "raoul", "luc", "carl", "claire", "mona", "mark");

	@Autowired
	FilterService filterService;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	IdentityService identityService;

	@Autowired
	AuthorizationService authorizationService;

	@Autowired
	ProcessEngineConfigurationImpl engine;

	@LocalServerPort
	int port;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	/** The open tasks of each other model the comparison of every user and filter runs on: the newest. */
	static final int KEPT_PER_MODEL = 40;

	final List<String> cleanUp = new ArrayList<>();

	String deployment;

	final List<String> filtersMade = new ArrayList<>();

	@BeforeEach
	void tasksOfEveryKind() {
		deployment = repositoryService.createDeployment().addModelInstance(MODEL + ".bpmn", model()).deploy().getId();
		for (int i = 0; i < 4; i++) {
			runtimeService.startProcessInstanceByKey(MODEL, "P-TEST-" + i,
					Map.of("due", new Date(System.currentTimeMillis() + (4 - i) * 86_400_000L)));
		}
		// a model-wide right to read its tasks, held by mona's group
		Authorization modelWide = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		modelWide.setGroupId(Groups.MANAGERS);
		modelWide.setResource(Resources.PROCESS_DEFINITION);
		modelWide.setResourceId(MODEL);
		modelWide.addPermission(ProcessDefinitionPermissions.READ_TASK);
		cleanUp.add(authorizationService.saveAuthorization(modelWide).getId());
		filter("Test model", taskService.createTaskQuery().processDefinitionKey(MODEL));
		filter("Test and recruitment", taskService.createTaskQuery().processDefinitionKeyIn(MODEL, "partner-recruitment"));
	}

	@AfterEach
	void removeWhatWasAdded() {
		identityService.clearAuthentication();
		cleanUp.forEach(authorizationService::deleteAuthorization);
		filtersMade.forEach(filterService::deleteFilter);
		// the model has no forms: it leaves with its instances, so that no other test meets it
		repositoryService.deleteDeployment(deployment, true);
	}

	@Test
	void everyUserGetsFromEveryFilterWhatCamundasOwnCheckGives() {
		onABoundedSetOfTasks(this::everyUserAndFilterCompared);
	}

	private void everyUserAndFilterCompared() {
		int compared = 0;
		for (String user : USERS) {
			for (Filter filter : as(user, () -> filterService.createTaskFilterQuery().listPage(0, 100))) {
				for (Supplier<TaskQuery> extension : extensions()) {
					as(user, () -> {
						Answer quick = quick(filter, extension.get());
						Answer stock = stock(filter, extension.get());
						// the same tasks and count; within ties of the order asked, either order is right
						assertThat(quick.ids()).as("%s, %s", user, filter.getName()).containsExactlyInAnyOrderElementsOf(stock.ids());
						assertThat(quick.count()).as("%s, %s", user, filter.getName()).isEqualTo(stock.count());
						assertThat(quick.secondPage()).hasSameSizeAs(stock.secondPage());
						assertThat(quick.ids()).containsAll(quick.secondPage());
						return null;
					});
					compared++;
				}
			}
		}
		assertThat(compared).isGreaterThan(100);
	}

	@Test
	void theFiltersTasklistCallsTakeTheQuickPathAndASearchDoesNot() {
		Supplier<TaskQuery> tasklist = () -> taskService.createTaskQuery().active().orderByTaskCreateTime().desc();
		as("rita", () -> {
			for (String name : List.of("My tasks", "My group's tasks", "Recruitment", "Test model", "Test and recruitment")) {
				assertThat(answersQuickly(filter(name), tasklist.get())).as(name).isTrue();
			}
			TaskQuery search = tasklist.get().processVariableValueLike("company", "%Acme%");
			assertThat(answersQuickly(filter("My group's tasks"), search)).isFalse();
			return null;
		});
		as("admin", () -> {
			assertThat(answersQuickly(filter("My group's tasks"), tasklist.get())).as("admins skip the check anyway").isFalse();
			return null;
		});
	}

	@Test
	void eachUserSeesOnlyItsOwnTasksThroughTheQuickPath() {
		Map<String, Integer> expected = Map.of("rita", 8, "raoul", 12, "luc", 4, "carl", 4, "claire", 0, "mark", 0);
		expected.forEach((user, count) -> as(user, () -> {
			List<Task> mine = new ArrayList<>();
			for (String name : List.of("My tasks", "My group's tasks", "Test model")) {
				if (filterService.createTaskFilterQuery().filterName(name).count() > 0) {
					mine.addAll(filterService.<Task, TaskQuery>listPage(filter(name).getId(),
							taskService.createTaskQuery().processDefinitionKey(MODEL), 0, 2000));
				}
			}
			assertThat(mine.stream().map(Task::getId).distinct().count()).as(user).isEqualTo((long) count);
			assertThat(mine).allSatisfy(task -> assertThat(taskHolders(task)).as(user + " holds " + task.getName()).contains(user));
			return null;
		}));
		// mona reads every task of the model by her group's model-wide right
		as("mona", () -> {
			assertThat(filterService.count(filter("Test model").getId())).isEqualTo(20L);
			return null;
		});
	}

	@Test
	void aRevokingAuthorizationSendsEveryQueryBackToCamundasOwnCheck() {
		Task offered = taskService.createTaskQuery().processDefinitionKey(MODEL).taskDefinitionKey("UserTask_Offered")
			.listPage(0, 1).get(0);
		Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
		revoke.setUserId("rita");
		revoke.setResource(Resources.TASK);
		revoke.setResourceId(offered.getId());
		revoke.removePermission(Permissions.READ);
		cleanUp.add(authorizationService.saveAuthorization(revoke).getId());

		as("rita", () -> {
			Filter groups = filter("My group's tasks");
			assertThat(answersQuickly(groups, null)).isFalse();
			List<Task> seen = filterService.listPage(groups.getId(), 0, 2000);
			assertThat(seen).extracting(Task::getId).doesNotContain(offered.getId());
			return null;
		});
	}

	@Test
	void aTaskStillOfferedButWhoseRightIsGoneIsNotListedByTheQuickPath() {
		Task offered = taskService.createTaskQuery().processDefinitionKey(MODEL).taskDefinitionKey("UserTask_Offered")
			.listPage(0, 1).get(0);
		// the link to the group stays, the group's right on that task does not (deleted by an administrator)
		Authorization right = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
			.resourceId(offered.getId()).groupIdIn(Groups.RECRUITERS).singleResult();
		assertThat(right).as("Camunda writes the group's right with the offer").isNotNull();
		authorizationService.deleteAuthorization(right.getId());
		TaskQuery ofTheModel = taskService.createTaskQuery().processDefinitionKey(MODEL);

		as("rita", () -> {
			Filter groups = filter("My group's tasks");
			assertThat(answersQuickly(groups, ofTheModel)).isTrue();
			List<Task> seen = filterService.listPage(groups.getId(), ofTheModel, 0, 2000);
			assertThat(seen).extracting(Task::getId).isNotEmpty().doesNotContain(offered.getId());
			assertThat(seen).extracting(Task::getId).containsExactlyInAnyOrderElementsOf(stock(groups, ofTheModel).ids());
			return null;
		});
	}

	@Test
	void tasklistsRestCallListsAndCountsThroughTheQuickPath() throws Exception {
		String filterId = filter("My group's tasks").getId();
		String body = """
				{"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],"firstResult":0,"maxResults":15,\
				"sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}""";
		HttpResponse<String> page = new ApiClient(URI.create("http://localhost:" + port), "rita", "rita")
			.send("POST", "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15", ApiClient.JSON, body,
					ApiClient.HAL);

		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		JsonNode hal = new ObjectMapper().readTree(page.body());
		long expected = as("rita", () -> stock(filter("My group's tasks"),
				taskService.createTaskQuery().active().orderByTaskCreateTime().desc()).count());
		assertThat(hal.path("count").asLong()).isEqualTo(expected);
		assertThat(hal.path("_embedded").path("task").size()).isEqualTo((int) Math.min(15, expected));
	}

	/**
	 * Runs the work on a bounded, known set of open tasks: all of this test's own, and of every other model (and of
	 * the tasks without one) the newest {@link #KEPT_PER_MODEL} that earlier test classes left in the shared engine.
	 * The other tasks are taken out, with their links and their rights, in one transaction that every call of the
	 * engine joins and that is rolled back after the work: no other test loses anything. (Camunda's own check joins
	 * the rights to every task a query matches, and the comparison calls it hundreds of times: over everything the
	 * suite had left open it took more than a minute, against a few seconds alone.)
	 */
	private void onABoundedSetOfTasks(Runnable work) {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		transaction.executeWithoutResult(status -> {
			status.setRollbackOnly();
			List<String> others = jdbc.queryForList("""
					select ID_ from (select T.ID_, D.KEY_, row_number() over (partition by D.KEY_
					  order by T.CREATE_TIME_ desc, T.ID_) as N
					from ACT_RU_TASK T left join ACT_RE_PROCDEF D on D.ID_ = T.PROC_DEF_ID_) K
					where N > ? and (KEY_ is null or KEY_ <> ?)""", String.class, KEPT_PER_MODEL, MODEL);
			List<Object[]> ids = others.stream().map(id -> new Object[] { id }).toList();
			jdbc.batchUpdate("delete from ACT_RU_IDENTITYLINK where TASK_ID_ = ?", ids);
			jdbc.batchUpdate("delete from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = " + Resources.TASK.resourceType()
					+ " and RESOURCE_ID_ = ?", ids);
			jdbc.batchUpdate("delete from ACT_RU_TASK where ID_ = ?", ids);
			// the engine's calls see the set through the same transaction
			assertThat(taskService.createTaskQuery().processDefinitionKey(MODEL).count()).isEqualTo(20L);
			assertThat(taskService.createTaskQuery().taskId(others.isEmpty() ? "none" : others.get(0)).count()).isZero();
			work.run();
		});
	}

	/** Page, second page and count, through the filter service (the quick path where it applies). */
	private Answer quick(Filter filter, TaskQuery extension) {
		List<String> all = filterService.<Task, TaskQuery>listPage(filter.getId(), extension, 0, 2000).stream()
			.map(Task::getId).toList();
		List<String> second = filterService.<Task, TaskQuery>listPage(filter.getId(), extension, 3, 3).stream()
			.map(Task::getId).toList();
		return new Answer(all, second, filterService.count(filter.getId(), extension));
	}

	/** The same through Camunda's own query, with its authorization check. */
	private Answer stock(Filter filter, TaskQuery extension) {
		return engine.getCommandExecutorTxRequired().execute(context -> {
			TaskQueryImpl query = (TaskQueryImpl) (extension == null ? filter : filter.extend(extension)).getQuery();
			List<String> all = query.listPage(0, 2000).stream().map(Task::getId).toList();
			return new Answer(all, all.subList(Math.min(3, all.size()), Math.min(6, all.size())), query.count());
		});
	}

	record Answer(List<String> ids, List<String> secondPage, long count) {
	}

	private List<Supplier<TaskQuery>> extensions() {
		return List.of(() -> null,
				() -> taskService.createTaskQuery().active().orderByTaskCreateTime().desc(),
				() -> taskService.createTaskQuery().active().orderByDueDate().asc().orderByTaskCreateTime().desc(),
				() -> taskService.createTaskQuery().orderByTaskPriority().desc(),
				() -> taskService.createTaskQuery().processVariableValueLike("company", "%e%"));
	}

	private boolean answersQuickly(Filter filter, TaskQuery extension) {
		return ((TasklistFilters) filterService).answersQuickly(filter.getId(), extension);
	}

	/** Who a task is for: its assignee, owner, candidate users, and the members of its candidate groups. */
	private List<String> taskHolders(Task task) {
		return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
			List<String> holders = new ArrayList<>();
			holders.add(task.getAssignee());
			holders.add(task.getOwner());
			taskService.getIdentityLinksForTask(task.getId()).forEach(link -> {
				holders.add(link.getUserId());
				if (link.getGroupId() != null) {
					identityService.createUserQuery().memberOfGroup(link.getGroupId()).list()
						.forEach(member -> holders.add(member.getId()));
				}
			});
			return holders;
		}));
	}

	private Filter filter(String name) {
		return filterService.createTaskFilterQuery().filterName(name).singleResult();
	}

	private void filter(String name, TaskQuery query) {
		Filter filter = filterService.saveFilter(filterService.newTaskFilter(name).setQuery(query));
		filtersMade.add(filter.getId());
		for (String group : List.of(Groups.RECRUITERS, Groups.LEGAL, Groups.COMMITTEE, Groups.MANAGERS, Groups.MARKETING)) {
			Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			read.setGroupId(group);
			read.setResource(Resources.FILTER);
			read.setResourceId(filter.getId());
			read.addPermission(Permissions.READ);
			cleanUp.add(authorizationService.saveAuthorization(read).getId());
		}
	}

	private <T> T as(String user, Supplier<T> work) {
		List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
		identityService.setAuthentication(user, groups);
		try {
			return work.get();
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	/** One instance holds a task of each kind of holder. */
	private static BpmnModelInstance model() {
		return Bpmn.createExecutableProcess(MODEL)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.parallelGateway("Gateway_Fork")
			.userTask("UserTask_OfferedAndAssigned").name("Offered to recruiters, assigned to rita")
			.camundaCandidateGroups(Groups.RECRUITERS).camundaAssignee("rita").camundaDueDate("${due}")
			.endEvent()
			.moveToNode("Gateway_Fork")
			.userTask("UserTask_Offered").name("Offered to recruiters").camundaCandidateGroups(Groups.RECRUITERS)
			.endEvent()
			.moveToNode("Gateway_Fork")
			.userTask("UserTask_ForLegal").name("Offered to legal").camundaCandidateGroups(Groups.LEGAL)
			.endEvent()
			.moveToNode("Gateway_Fork")
			.userTask("UserTask_Ballot").name("Assigned to carl").camundaAssignee("carl")
			.endEvent()
			.moveToNode("Gateway_Fork")
			.userTask("UserTask_ForRaoul").name("Offered to raoul").camundaCandidateUsers("raoul")
			.endEvent()
			.done();
	}

}
