package io.partnerflow.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Tells the simulator of each user task as the engine creates it: a listener on the create event of
 * every user task of every model, added when the models are parsed (as Camunda's Spring eventing
 * adds its own, which the application leaves off: nothing of it listens to tasks). Only a run that
 * is going on hears of them.
 */
@Component
class CreatedTasks extends AbstractProcessEnginePlugin {

	/** A user task as it was when the engine created it. */
	record CreatedTask(String id, String processInstanceId, String taskDefinitionKey, String assignee,
			Instant createTime) {
	}

	/** Where the tasks go while a run listens; null otherwise. */
	private volatile Queue<CreatedTask> listener;

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = new ArrayList<>();
		if (configuration.getCustomPostBPMNParseListeners() != null) {
			listeners.addAll(configuration.getCustomPostBPMNParseListeners());
		}
		TaskListener created = this::created;
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addTaskListener(TaskListener.EVENTNAME_CREATE, created);
			}
		});
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

	/** From now on, until {@link #stop()}, each task created goes to {@code tasks}. */
	void listen(Queue<CreatedTask> tasks) {
		this.listener = tasks;
	}

	void stop() {
		this.listener = null;
	}

	private void created(DelegateTask task) {
		Queue<CreatedTask> tasks = listener;
		if (tasks != null) {
			tasks.add(new CreatedTask(task.getId(), task.getProcessInstanceId(), task.getTaskDefinitionKey(),
					task.getAssignee(), task.getCreateTime().toInstant()));
		}
	}

}
