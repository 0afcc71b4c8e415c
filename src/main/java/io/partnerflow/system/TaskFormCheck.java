package io.partnerflow.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What a task accepts when it is completed, decided in one place for every caller (Tasklist,
 * {@code /engine-rest}, PartnerFlow's own code): each field of the task's deployed form that
 * declares {@code validate.required} (and each checkbox) has a value, submitted or already on the
 * task; each submitted value is one its field allows; then the {@link FormRule}s of the form agree.
 * A refusal names the fields by their labels and changes nothing: Tasklist shows it on the form,
 * the task stays open, and the engine's REST API answers 400 with problem details.
 */
final class TaskFormCheck extends CommandInterceptor {

	private final ProcessEngineConfigurationImpl engine;

	private final DeployedForms forms;

	private final Supplier<? extends List<FormRule>> rules;

	/** The guard of what a business user writes, or null where none is installed (the process tests' engine). */
	private final EngineWriteGuard guard;

	/** The language of the user who completes a task (null: PartnerFlow itself), which a refusal is written in. */
	private final Function<String, Locale> languageOf;

	private final FormTexts texts = new FormTexts();

	TaskFormCheck(ProcessEngineConfigurationImpl engine, DeployedForms forms, Supplier<? extends List<FormRule>> rules,
			EngineWriteGuard guard, Function<String, Locale> languageOf) {
		this.engine = engine;
		this.forms = forms;
		this.rules = rules;
		this.guard = guard;
		this.languageOf = languageOf;
	}

	@Override
	public <T> T execute(Command<T> command) {
		// a command nested in one already running is PartnerFlow's own
		if (Context.getCommandContext() != null
				|| !(command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd)) {
			return next.execute(command);
		}
		String taskId = EngineWriteGuard.field(command, "taskId");
		Map<String, ?> submitted = command instanceof CompleteTaskCmd ? EngineWriteGuard.field(command, "variables")
				: EngineWriteGuard.field(command, "properties");
		boolean byBusinessUser = guard != null && guard.businessUser().isPresent();
		String user = new CurrentUser(engine.getIdentityService()).id().orElse(null);
		FormWords words = new FormWords(() -> languageOf.apply(user));
		// the checks (EngineWriteGuard's for a business user, then this one's) and the completion in one
		// command: one transaction, whose cache then holds the task the completion reads (as separate
		// commands, each look-up opened a transaction of its own). A refusal leaves the command as its answer and is thrown outside it, as before: thrown inside, the
		// engine would log each refused form as a failed command, with its stack trace
		Command<Object> checked = context -> {
			try {
				forms.trusted(() -> {
					TaskService tasks = engine.getTaskService();
					Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
					if (task != null && byBusinessUser) {
						guard.checkCompletion(task, submitted, words); // only its form's writable fields
					}
					if (task != null && task.getProcessDefinitionId() != null) {
						check(task, () -> engine.getRuntimeService().createProcessInstanceQuery()
							.processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey(),
								forms.ofTask(task), submitted, tasks, words);
					}
					return null;
				});
			}
			catch (FormRefusedException | AuthorizationException refusal) {
				return new Refused(refusal);
			}
			return next.execute(command);
		};
		Object outcome = engine.getCommandExecutorTxRequired().execute(checked);
		if (outcome instanceof Refused refused) {
			throw refused.refusal();
		}
		@SuppressWarnings("unchecked")
		T result = (T) outcome;
		return result;
	}

	/** A completion refused by the checks, carried out of the command that made it. */
	private record Refused(RuntimeException refusal) {
	}

	/**
	 * Refuses the completion of {@code task} with {@code submitted} unless its {@code form} accepts
	 * it; {@code reference} gives the partner's reference, {@code tasks} reads the values the task
	 * already holds.
	 */
	private void check(Task task, Supplier<String> reference, FormSchema form, Map<String, ?> submitted, TaskService tasks,
			FormWords words) {
		if (form.fields().isEmpty()) {
			return;
		}
		Map<String, Object> values = plain(submitted);
		List<String> unsent = form.fields().values().stream()
			.filter(field -> field.needsValue() && !values.containsKey(field.key()))
			.map(FormSchema.Field::key)
			.toList();
		if (!unsent.isEmpty()) {
			values.putAll(tasks.getVariables(task.getId(), unsent));
		}
		List<String> missing = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		form.fields().values().forEach(field -> {
			Object value = values.get(field.key());
			if (field.needsValue() && isBlank(value)) {
				missing.add(label(form, field, words));
			}
			else if (submitted != null && submitted.containsKey(field.key())) {
				String problem = field.problem(value, words);
				if (problem != null) {
					wrong.add(label(form, field, words) + " " + problem);
				}
			}
		});
		List<FormRule> formRules = rules.get().stream().filter(rule -> rule.formIds().contains(form.formId())).toList();
		if (missing.isEmpty() && wrong.isEmpty() && !formRules.isEmpty()) {
			SubmittedForm submission = new SubmittedForm(form.formId(), reference.get(), task.getCreateTime().toInstant(),
					key -> values.containsKey(key) ? values.get(key) : tasks.getVariable(task.getId(), key),
					key -> form.fields().containsKey(key) ? label(form, form.fields().get(key), words) : key, words);
			formRules.forEach(rule -> wrong.addAll(rule.problems(submission)));
		}
		List<String> problems = new ArrayList<>();
		if (!missing.isEmpty()) {
			problems.add(words.say("form.fillIn", String.join(", ", missing)));
		}
		if (!wrong.isEmpty()) {
			problems.add(words.say("form.correct", String.join("; ", wrong)));
		}
		if (!problems.isEmpty()) {
			throw new FormRefusedException(String.join(". ", problems));
		}
	}

	/** A field as the form labels it for the user: in their language when the form has that text. */
	private String label(FormSchema form, FormSchema.Field field, FormWords words) {
		return texts.label(form.formId(), field.id(), field.name(), words.language());
	}

	private static Map<String, Object> plain(Map<String, ?> submitted) {
		Map<String, Object> values = new HashMap<>();
		if (submitted != null) {
			submitted.keySet().forEach(name -> {
				Object value = submitted instanceof VariableMap typed ? typed.getValueTyped(name) : submitted.get(name);
				values.put(name, value instanceof TypedValue typed ? typed.getValue() : value);
			});
		}
		return values;
	}

	private static boolean isBlank(Object value) {
		return value == null || value.toString().isBlank();
	}

}
