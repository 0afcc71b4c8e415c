package io.partnerflow.system;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a task's completion leaves on the task, as a {@link FormRule} reads it: each value the
 * submission carries, else the one the task already sees; the fields' labels; the partner's
 * reference (the business key) and the day the task was created.
 */
public final class SubmittedForm {

	private final String formId;

	private final String reference;

	private final Instant taskCreated;

	private final Function<String, Object> values;

	private final Function<String, String> labels;

	private final FormWords words;

	/**
	 * A submission of the form {@code formId} for the partner {@code reference} on a task created at
	 * {@code taskCreated}: {@code values} gives a field's value (null when it has none), {@code labels}
	 * its label.
	 */
	public SubmittedForm(String formId, String reference, Instant taskCreated, Function<String, Object> values,
			Function<String, String> labels) {
		this(formId, reference, taskCreated, values, labels, FormWords.ENGLISH);
	}

	/** As above, for a user who reads {@code words}' language: the labels given are in it too. */
	SubmittedForm(String formId, String reference, Instant taskCreated, Function<String, Object> values,
			Function<String, String> labels, FormWords words) {
		this.formId = formId;
		this.reference = reference;
		this.taskCreated = taskCreated;
		this.values = values;
		this.labels = labels;
		this.words = words;
	}

	/** A submission of plain values, labelled by {@code labels} (a key without one is named by itself). */
	public static SubmittedForm of(String formId, String reference, Instant taskCreated, Map<String, ?> values,
			Map<String, String> labels) {
		return new SubmittedForm(formId, reference, taskCreated, values::get, key -> labels.getOrDefault(key, key));
	}

	/**
	 * What a task holds as it completes, read by its complete listener once the form and its rules
	 * accepted it (its form id is not known there).
	 */
	public static SubmittedForm of(DelegateTask task) {
		return new SubmittedForm(null, task.getExecution().getProcessBusinessKey(),
				task.getCreateTime() == null ? null : task.getCreateTime().toInstant(), task::getVariable, key -> key);
	}

	/** Who completes the task: the signed-in user, else its assignee. */
	public static String completedBy(DelegateTask task) {
		return CurrentUser.of(task.getProcessEngineServices()).id()
			.orElse(task.getAssignee() == null ? "unknown user" : task.getAssignee());
	}

	/** The id of the form (the task's {@code camunda:formRef}). */
	public String formId() {
		return formId;
	}

	/** The partner's reference: the business key of the task's process. */
	public String reference() {
		return reference;
	}

	/** The day the task was created, or null when it is not known. */
	public LocalDate taskCreatedOn() {
		return FormDates.dayOf(taskCreated);
	}

	public Object value(String key) {
		return values.apply(key);
	}

	/** The value as a date ({@link FormDates#parse}), or null. */
	public LocalDate date(String key) {
		return FormDates.parse(value(key));
	}

	/** A whole number, or null. */
	public Long number(String key) {
		Object value = value(key);
		if (value instanceof Number number) {
			return number.longValue();
		}
		try {
			return value instanceof String text && !text.isBlank() ? Long.valueOf(text.strip()) : null;
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	/** The text, stripped; null when blank or absent. */
	public String text(String key) {
		Object value = value(key);
		String text = value == null ? null : value.toString().strip();
		return text == null || text.isEmpty() ? null : text;
	}

	/** A yes/no answer ("yes", "no" or a boolean), or null. */
	public Boolean yesNo(String key) {
		Object value = value(key);
		if (value instanceof Boolean answer) {
			return answer;
		}
		String text = text(key);
		return text == null ? null : switch (text.toLowerCase(Locale.ROOT)) {
			case "yes", "true" -> true;
			case "no", "false" -> false;
			default -> null;
		};
	}

	/** The field's label in the form ("Meeting date" for {@code meetingDate}), in the language of the user who submits it. */
	public String label(String key) {
		return labels.apply(key);
	}

	/**
	 * A refusal in the language of the user who submits the form: the text of {@code key} in
	 * {@code messages/refusals*.properties}, with its values (a label, a number given as text).
	 */
	public String say(String key, Object... values) {
		return words.say(key, values);
	}

	/** A day as the submitter's language writes it in a sentence. */
	public String day(LocalDate day) {
		return words.day(day);
	}

}
