package io.partnerflow.system;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractProcessInstanceModificationCommand;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's own guard of what a business user may write, whichever endpoint it calls (Tasklist,
 * {@code /engine-rest}, a future one): a user completes a task, submits its form or sets its
 * variables with exactly the writable fields of the task's deployed Camunda Form, each value
 * checked against the field; starts a process with its start form's fields and no business key;
 * and never correlates messages, throws BPMN errors from a task, modifies, restarts or migrates
 * instances or writes instance variables; saving a task keeps its name. What a task accepts on completion, whoever completes it,
 * is {@link TaskFormCheck}'s. Administrators ({@code camunda-admin}) keep the engine's
 * full power, and PartnerFlow's own code (no engine authentication, or a command nested in one
 * already running) is trusted. A refusal changes nothing: 403 for what may not be written at all,
 * 400 for a value its field does not allow.
 */
class EngineWriteGuard extends CommandInterceptor {

	/** Commands no business user needs, whatever they carry. */
	private static final List<Class<?>> FORBIDDEN = List.of(AbstractCorrelateMessageCmd.class,
			CorrelateAllMessageCmd.class, MessageEventReceivedCmd.class, SignalCmd.class, SignalEventReceivedCmd.class,
			HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class, ModifyProcessInstanceCmd.class,
			ModifyProcessInstanceAsyncCmd.class, ProcessInstanceModificationCmd.class,
			ProcessInstanceModificationBatchCmd.class, AbstractProcessInstanceModificationCommand.class,
			AbstractRestartProcessInstanceCmd.class, MigrateProcessInstanceCmd.class,
			MigrateProcessInstanceBatchCmd.class, SetVariablesToProcessInstancesBatchCmd.class,
			StartProcessInstanceAtActivitiesCmd.class, SetExecutionVariablesCmd.class,
			PatchExecutionVariablesCmd.class, RemoveExecutionVariablesCmd.class, RemoveTaskVariablesCmd.class);

	private final ProcessEngineConfigurationImpl engine;

	private final EngineWriteGuardForms forms;

	/** The language of a user, which a refusal of a value is written in. */
	private final Function<String, Locale> languageOf;

	EngineWriteGuard(ProcessEngineConfigurationImpl engine, DeployedForms deployed, Function<String, Locale> languageOf) {
		this.engine = engine;
		this.forms = new EngineWriteGuardForms(engine, deployed);
		this.languageOf = languageOf;
	}

	@Override
	public <T> T execute(Command<T> command) {
		if (Context.getCommandContext() == null) {
			businessUser().ifPresent(user -> check(command, user));
		}
		return next.execute(command);
	}

	/** The caller, when it is a business user: signed in to the engine and not an administrator. */
	Optional<String> businessUser() {
		Authentication user = engine.getIdentityService().getCurrentAuthentication();
		return user != null && user.getUserId() != null && !isAdmin(user) ? Optional.of(user.getUserId()) : Optional.empty();
	}

	/**
	 * A business user's completion of {@code task} with {@code variables}: exactly the writable fields
	 * of its form. Asked by {@link TaskFormCheck} inside the completion's own command, with the task
	 * it read there, rather than here before it in a look-up of its own.
	 */
	void checkCompletion(Task task, Map<String, ?> variables, FormWords words) {
		forms.checkTaskValues(task, variables, words);
	}

	private boolean isAdmin(Authentication user) {
		List<String> adminGroups = engine.getAdminGroups() == null ? List.of() : engine.getAdminGroups();
		List<String> adminUsers = engine.getAdminUsers() == null ? List.of() : engine.getAdminUsers();
		return adminUsers.contains(user.getUserId())
				|| (user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(adminGroups::contains));
	}

	private void check(Command<?> command, String userId) {
		FormWords words = new FormWords(() -> languageOf.apply(userId));
		if (FORBIDDEN.stream().anyMatch(kind -> kind.isInstance(command))) {
			throw new AuthorizationException(userId + " may not do this: only PartnerFlow and administrators "
					+ "correlate messages, send signals, throw errors from tasks, move, restart or migrate "
					+ "processes, or change their variables");
		}
		// a completion or form submission is checked by checkCompletion, within the completion's command
		if (command instanceof SetTaskVariablesCmd) {
			forms.checkTask(field(command, "entityId"), field(command, "variables"), words);
		}
		else if (command instanceof PatchTaskVariablesCmd) {
			Collection<String> deletions = field(command, "deletions");
			if (deletions != null && !deletions.isEmpty()) {
				throw new AuthorizationException(userId + " may not remove the variables " + deletions
						+ ": a task's values are changed through its form");
			}
			forms.checkTask(field(command, "entityId"), field(command, "variables"), words);
		}
		else if (command instanceof StartProcessInstanceCmd) {
			Object builder = field(command, "instantiationBuilder");
			Object modification = field(builder, "modificationBuilder");
			forms.checkStart(field(builder, "processDefinitionId"), field(builder, "processDefinitionKey"),
					field(builder, "businessKey"), field(modification, "processVariables"), words);
		}
		else if (command instanceof SubmitStartFormCmd) {
			forms.checkStart(field(command, "processDefinitionId"), null, field(command, "businessKey"),
					field(command, "variables"), words);
		}
		else if (command instanceof SaveTaskCmd) {
			keepName(field(command, "task"));
		}
	}

	/**
	 * A task's name is PartnerFlow's: it names the task's partner ({@code partner.PartnerTaskNames}).
	 * Saving a task (Tasklist does, with every field it shows, when a due or follow-up date is set)
	 * keeps the name it has, whatever the caller sends: the name Tasklist showed it in its own
	 * language ({@link TaskTexts}), or another. A task a user creates is named by them.
	 */
	private static void keepName(TaskEntity task) {
		PropertyChange name = task.getPropertyChanges().get(TaskEntity.NAME);
		if (name != null && name.getOrgValue() != null) {
			task.setName((String) name.getOrgValue());
		}
	}

	@SuppressWarnings("unchecked")
	static <T> T field(Object target, String name) {
		for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
			try {
				Field field = type.getDeclaredField(name);
				field.setAccessible(true);
				return (T) field.get(target);
			}
			catch (NoSuchFieldException e) {
				// look in the superclass
			}
			catch (IllegalAccessException e) {
				throw new IllegalStateException("Cannot read " + name + " of " + type.getSimpleName(), e);
			}
		}
		throw new IllegalStateException("Camunda's " + target.getClass().getSimpleName() + " has no field " + name);
	}

}
