package io.partnerflow.partner;

import java.util.ArrayList;
import java.util.List;

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
 * Every user task of every model is named for its partner when it is created: "Approach candidate:
 * Azur Conseil (P-2026-00042)". Tasklist's cards show the name, and its search (by task name, its
 * default) finds a task by company or by reference. The names come from the process variables
 * {@link PartnerVariables#COMPANY} and {@link PartnerVariables#REFERENCE} (the business key when
 * the reference is missing); a task of a process without them keeps its model's name.
 */
@Component
public class PartnerTaskNames extends AbstractProcessEnginePlugin {

	/** The engine's task name column. */
	static final int MAX_NAME = 255;

	static final TaskListener NAME_FOR_PARTNER = PartnerTaskNames::name;

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = new ArrayList<>();
		if (configuration.getCustomPreBPMNParseListeners() != null) {
			listeners.addAll(configuration.getCustomPreBPMNParseListeners());
		}
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, NAME_FOR_PARTNER);
			}
		});
		configuration.setCustomPreBPMNParseListeners(listeners);
	}

	private static void name(DelegateTask task) {
		Object company = task.getVariable(PartnerVariables.COMPANY);
		Object reference = task.getVariable(PartnerVariables.REFERENCE);
		if (reference == null && task.getExecution() != null) {
			reference = task.getExecution().getProcessBusinessKey();
		}
		if (company == null || company.toString().isBlank() || task.getName() == null) {
			return;
		}
		task.setName(named(task.getName(), company.toString().strip(), reference == null ? null : reference.toString()));
	}

	/** "Task: Company (Reference)", the company shortened when the whole would not fit the engine's column. */
	static String named(String task, String company, String reference) {
		String tail = reference == null || reference.isBlank() ? "" : " (" + reference + ")";
		int room = MAX_NAME - task.length() - 2 - tail.length();
		if (room < 1) {
			return task;
		}
		String shown = company.length() <= room ? company : company.substring(0, Math.max(0, room - 1)) + "…";
		return task + ": " + shown + tail;
	}

}
