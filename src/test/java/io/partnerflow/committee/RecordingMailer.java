package io.partnerflow.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Stands in for {@code sendNotificationDelegate} in process tests: records each mail (template and
 * recipients) with the fields the model injects, and the variables its activity holds.
 */
public class RecordingMailer implements JavaDelegate {

	record Mail(String template, String to, Map<String, Object> variables) {
	}

	final List<Mail> sent = new ArrayList<>();

	private Expression template;

	private Expression to;

	@Override
	public void execute(DelegateExecution execution) {
		sent.add(new Mail((String) template.getValue(execution), String.valueOf(to.getValue(execution)),
				execution.getVariables()));
	}

	List<String> recipientsOf(String templateName) {
		return sent.stream().filter(m -> m.template().equals(templateName)).map(Mail::to).toList();
	}

	List<Map<String, Object>> variablesOf(String templateName) {
		return sent.stream().filter(m -> m.template().equals(templateName)).map(Mail::variables).toList();
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
