package io.partnerflow.system;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import static io.partnerflow.system.ProcessKeys.COMMITTEE_VOTE;
import static io.partnerflow.system.ProcessKeys.EXIT_REVIEW;
import static io.partnerflow.system.ProcessKeys.LEAD_DISTRIBUTION;
import static io.partnerflow.system.ProcessKeys.ONBOARDING;
import static io.partnerflow.system.ProcessKeys.RECRUITMENT;

/** The Tasklist filters and the groups that see each; {@link AccessSetup} creates them at start-up. */
@Component
class TaskFilterSet {

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

	private final TaskService taskService;

	TaskFilterSet(TaskService taskService) {
		this.taskService = taskService;
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
						taskService.createTaskQuery().processDefinitionKeyIn(ONBOARDING, EXIT_REVIEW).orderByDueDate().asc()),
				new TaskFilter("Leads", 15, "Leads to pass to partners, and the pre-sales help partners ask for",
						List.of(Groups.LEADS, Groups.SALES, Groups.MANAGERS),
						taskService.createTaskQuery().processDefinitionKey(LEAD_DISTRIBUTION).orderByDueDate().asc()));
	}

}
