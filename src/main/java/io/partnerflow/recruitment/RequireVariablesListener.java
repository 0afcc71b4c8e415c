package io.partnerflow.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.FormDates;
import io.partnerflow.system.FormRefusedException;
import io.partnerflow.system.TaskFormLabels;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete a task while a field the model needs is missing, blank, of the wrong kind or
 * out of its range: forms do not restrict what a client submits. Field {@code names}:
 * comma-separated {@code name} or {@code name:kind}, where kind is {@code number} (zero or more),
 * {@code number(min)} (min or more), {@code date} (YYYY-MM-DD, from a year ago to today),
 * {@code date>=approved} (the same, and not before the committee approved the partner),
 * {@code boolean} or a choice such as {@code YES|NO}. Tasklist shows the message, naming the fields
 * by their labels in the task's form, and the task stays open; the engine's REST API answers 400.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class RequireVariablesListener implements TaskListener {

	private static final Pattern NUMBER_FROM = Pattern.compile("number\\((-?\\d+)\\)");

	private final PartnerService partners;

	private final Clock clock;

	private Expression names;

	public RequireVariablesListener(PartnerService partners, Clock clock) {
		this.partners = partners;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		List<String> missing = new ArrayList<>();
		Map<String, String> wrong = new LinkedHashMap<>();
		for (String spec : String.valueOf(names.getValue(task)).split(",")) {
			String[] parts = spec.strip().split(":", 2);
			String name = parts[0];
			Object value = task.getVariable(name);
			if (value == null || value.toString().isBlank()) {
				missing.add(name);
			}
			else if (parts.length == 2 && parts[1].startsWith("date")) {
				String problem = dateProblem(task, value, parts[1]);
				if (problem != null) {
					wrong.put(name, problem);
				}
			}
			else if (parts.length == 2 && !isOfKind(value, parts[1])) {
				wrong.put(name, describe(parts[1]));
			}
		}
		if (missing.isEmpty() && wrong.isEmpty()) {
			return;
		}
		TaskFormLabels labels = TaskFormLabels.of(task);
		List<String> problems = new ArrayList<>();
		if (!missing.isEmpty()) {
			problems.add("Please fill in: " + String.join(", ", missing.stream().map(labels::of).toList()));
		}
		if (!wrong.isEmpty()) {
			problems.add("Please correct: " + String.join("; ",
					wrong.entrySet().stream().map(field -> labels.of(field.getKey()) + " " + field.getValue()).toList()));
		}
		throw new FormRefusedException(String.join(". ", problems));
	}

	/** What is wrong with the date, after the field's name ("cannot be in the future"), or null. */
	private String dateProblem(DelegateTask task, Object value, String kind) {
		LocalDate date = FormDates.parse(value);
		if (date == null) {
			return "must be a date YYYY-MM-DD";
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate earliest = today.minusYears(1);
		String earliestIs = "a year ago";
		if (kind.equals("date>=approved")) {
			LocalDate approved = FormDates.dayOf(partners.get(task.getExecution().getProcessBusinessKey()).getApprovedAt());
			if (approved != null && approved.isAfter(earliest)) {
				earliest = approved;
				earliestIs = "the committee's approval";
			}
		}
		String problem = FormDates.outOfRange("", date, earliest, earliestIs, today);
		return problem == null ? null : problem.strip();
	}

	private static boolean isOfKind(Object value, String kind) {
		Matcher numberFrom = NUMBER_FROM.matcher(kind);
		if (numberFrom.matches()) {
			return value instanceof Number number && Double.isFinite(number.doubleValue())
					&& number.doubleValue() >= Long.parseLong(numberFrom.group(1));
		}
		return switch (kind) {
			case "number" -> value instanceof Number number && Double.isFinite(number.doubleValue()) && number.doubleValue() >= 0;
			case "boolean" -> value instanceof Boolean;
			default -> Arrays.asList(kind.split("\\|")).contains(value.toString());
		};
	}

	private static String describe(String kind) {
		Matcher numberFrom = NUMBER_FROM.matcher(kind);
		if (numberFrom.matches()) {
			return "must be a number, " + numberFrom.group(1) + " or more";
		}
		return switch (kind) {
			case "number" -> "must be a number, zero or more";
			case "boolean" -> "must be yes or no";
			default -> "must be one of " + kind.replace("|", ", ");
		};
	}

	public void setNames(Expression names) {
		this.names = names;
	}

}
