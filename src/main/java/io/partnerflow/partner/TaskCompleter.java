package io.partnerflow.partner;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Who completed a user task of a process instance, read from the engine's history when a later
 * step records what that person decided: the user the operation log names for its completion
 * (Tasklist, the REST API), else the task's assignee, else a stand-in (the group that does the task).
 * The partner's timeline names that person as the actor of the change the decision leads to.
 */
public final class TaskCompleter {

	private TaskCompleter() {
	}

	/**
	 * The person who last completed the task {@code taskKey} (its element id) of the execution's
	 * instance, or {@code otherwise} when history names nobody.
	 */
	public static String of(DelegateExecution execution, String taskKey, String otherwise) {
		return ofLatest(execution, otherwise, taskKey);
	}

	/**
	 * The person who completed the latest of the tasks {@code taskKeys} (element ids) of the
	 * execution's instance, or {@code otherwise} when history names nobody.
	 */
	public static String ofLatest(DelegateExecution execution, String otherwise, String... taskKeys) {
		HistoryService history = execution.getProcessEngineServices().getHistoryService();
		List<HistoricTaskInstance> completed = history.createHistoricTaskInstanceQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKeyIn(taskKeys)
			.finished()
			.orderByHistoricTaskInstanceEndTime()
			.desc()
			.listPage(0, 1);
		if (completed.isEmpty()) {
			return otherwise;
		}
		HistoricTaskInstance task = completed.get(0);
		return history.createUserOperationLogQuery()
			.taskId(task.getId())
			.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
			.list()
			.stream()
			.map(UserOperationLogEntry::getUserId)
			.filter(user -> user != null)
			.findFirst()
			.orElse(task.getAssignee() == null ? otherwise : task.getAssignee());
	}

}
