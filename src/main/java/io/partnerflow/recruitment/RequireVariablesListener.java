package io.partnerflow.recruitment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import io.partnerflow.system.FormRefusedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete a task while a field the model needs is missing, blank or of the wrong
 * kind: forms do not restrict what a client submits. Field {@code names}: comma-separated
 * {@code name} or {@code name:kind}, where kind is {@code number}, {@code date} (YYYY-MM-DD),
 * {@code boolean} or a choice such as {@code YES|NO}. Tasklist shows the message and the task
 * stays open; the engine's REST API answers 400.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class RequireVariablesListener implements TaskListener {

	private Expression names;

	@Override
	public void notify(DelegateTask task) {
		List<String> missing = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		for (String spec : String.valueOf(names.getValue(task)).split(",")) {
			String[] parts = spec.strip().split(":", 2);
			String name = parts[0];
			Object value = task.getVariable(name);
			if (value == null || value.toString().isBlank()) {
				missing.add(name);
			}
			else if (parts.length == 2 && !isOfKind(value, parts[1])) {
				wrong.add(name + " " + describe(parts[1]));
			}
		}
		List<String> problems = new ArrayList<>();
		if (!missing.isEmpty()) {
			problems.add("Please fill in: " + String.join(", ", missing));
		}
		if (!wrong.isEmpty()) {
			problems.add("Please correct: " + String.join("; ", wrong));
		}
		if (!problems.isEmpty()) {
			throw new FormRefusedException(String.join(". ", problems));
		}
	}

	private static boolean isOfKind(Object value, String kind) {
		return switch (kind) {
			case "number" -> value instanceof Number number && Double.isFinite(number.doubleValue()) && number.doubleValue() >= 0;
			case "boolean" -> value instanceof Boolean;
			case "date" -> value instanceof Date || isIsoDate(value.toString());
			default -> Arrays.asList(kind.split("\\|")).contains(value.toString());
		};
	}

	private static boolean isIsoDate(String text) {
		try {
			LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
			return true;
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}

	private static String describe(String kind) {
		return switch (kind) {
			case "number" -> "must be a number, zero or more";
			case "boolean" -> "must be yes or no";
			case "date" -> "must be a date YYYY-MM-DD";
			default -> "must be one of " + kind.replace("|", ", ");
		};
	}

	public void setNames(Expression names) {
		this.names = names;
	}

}
