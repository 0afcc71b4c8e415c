package io.partnerflow.committee;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Stands in for {@code sendNotificationDelegate} in process tests: records each mail (template and
 * recipients) with the fields the model injects.
 */
public class RecordingMailer implements JavaDelegate {

	record Mail(String template, String to) {
	}

	final List<Mail> sent = new ArrayList<>();

	private Expression template;

	private Expression to;

	@Override
	public void execute(DelegateExecution execution) {
		sent.add(new Mail((String) template.getValue(execution), String.valueOf(to.getValue(execution))));
	}

	List<String> recipientsOf(String templateName) {
		return sent.stream().filter(m -> m.template().equals(templateName)).map(Mail::to).toList();
	}

	public void setTemplate(Expression template) {
		this.template = template;
	}

	public void setTo(Expression to) {
		this.to = to;
	}

	public void setKey(Expression key) {
		// the real delegate uses it for idempotency only
	}

}
