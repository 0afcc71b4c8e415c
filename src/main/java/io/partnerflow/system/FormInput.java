package io.partnerflow.system;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads and checks what a user submitted with a task form: forms do not restrict what is sent, so
 * every value is checked here. Problems are collected; {@link #check()} refuses the completion with
 * one message naming each field by its label, which Tasklist shows to the user.
 */
public final class FormInput {

	private final VariableScope scope;

	private final Clock clock;

	private final List<String> problems = new ArrayList<>();

	/** The values of the scope; dates are checked against today by the clock. */
	public FormInput(VariableScope scope, Clock clock) {
		this.scope = scope;
		this.clock = clock;
	}

	/** A whole number from min to max, required. */
	public Integer wholeNumber(String name, String label, int min, int max) {
		Object value = scope.getVariable(name);
		if (value instanceof String s && !s.isBlank()) {
			try {
				value = Long.parseLong(s.strip());
			}
			catch (NumberFormatException e) {
				// reported below
			}
		}
		if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.doubleValue() >= min
				&& n.doubleValue() <= max) {
			return n.intValue();
		}
		problems.add("%s must be a whole number from %d to %d".formatted(label, min, max));
		return null;
	}

	/** A text of at most maxLength characters; blank counts as missing. */
	public String text(String name, String label, int maxLength, boolean required) {
		Object value = scope.getVariable(name);
		String text = value == null ? null : String.valueOf(value).strip();
		if (text == null || text.isEmpty()) {
			if (required) {
				problems.add(label + " is required");
			}
			return null;
		}
		if (text.length() > maxLength) {
			problems.add("%s must be at most %d characters".formatted(label, maxLength));
			return null;
		}
		return text;
	}

	/**
	 * A date (YYYY-MM-DD from the date picker, or a date value) from {@code earliest} to today;
	 * {@code earliestIs} names the earliest date in the message ("the contract signature").
	 */
	public LocalDate date(String name, String label, LocalDate earliest, String earliestIs) {
		LocalDate date = FormDates.parse(scope.getVariable(name));
		if (date == null) {
			problems.add(label + " must be a date");
			return null;
		}
		String problem = FormDates.outOfRange(label, date, earliest, earliestIs, LocalDate.now(clock));
		if (problem != null) {
			problems.add(problem);
			return null;
		}
		return date;
	}

	/** A yes/no answer: "yes", "no" or a boolean. */
	public Boolean yesNo(String name, String label) {
		Object value = scope.getVariable(name);
		if (value instanceof Boolean b) {
			return b;
		}
		if (value instanceof String s) {
			switch (s.strip().toLowerCase(Locale.ROOT)) {
				case "yes", "true" -> {
					return true;
				}
				case "no", "false" -> {
					return false;
				}
				default -> {
				}
			}
		}
		problems.add(label + " must be answered yes or no");
		return null;
	}

	/** One of the allowed values. */
	public String choice(String name, String label, String... allowed) {
		Object value = scope.getVariable(name);
		String text = value == null ? "" : String.valueOf(value).strip();
		if (Arrays.asList(allowed).contains(text)) {
			return text;
		}
		problems.add("%s must be one of %s".formatted(label, String.join(", ", allowed)));
		return null;
	}

	/** Who completes the task: the signed-in user, else its assignee. */
	public static String actor(DelegateTask task) {
		return CurrentUser.of(task.getProcessEngineServices())
			.id()
			.orElseGet(() -> task.getAssignee() == null ? "unknown user" : task.getAssignee());
	}

	/** Records a problem that a rule across fields found. */
	public void problem(String message) {
		problems.add(message);
	}

	/** Refuses the completion when anything was wrong. */
	public void check() {
		if (!problems.isEmpty()) {
			throw new FormRefusedException("Please correct the form: " + String.join("; ", problems));
		}
	}

}
