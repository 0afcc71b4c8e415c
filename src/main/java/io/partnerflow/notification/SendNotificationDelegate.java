package io.partnerflow.notification;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Sends a mail from a model, configured with fields:
 * <ul>
 * <li>{@code template}: the mail template's name;</li>
 * <li>{@code to}: comma-separated recipients: {@code partner} (the partner's contact),
 * {@code recruiter} (the partner's recruiter), {@code user:ID} or {@code group:ID}; an expression may
 * give the id ({@code user:${member}}), the kind is written out. They must fit the template's
 * audience: a letter to the partner goes to {@code partner} (and {@code recruiter}, in copy), an
 * internal notice never to {@code partner};</li>
 * <li>{@code key} (optional): told apart mails that one activity sends several times, such as one
 * per committee member.</li>
 * </ul>
 * The template is given only the variables it declares (see {@link MailTemplates}), so a process
 * variable it does not declare, such as a colleague's notes, cannot reach its reader; a declared
 * variable the execution lacks is a configuration error. The partner is the process's business key. Use it on an {@code asyncBefore} service task with a
 * retry cycle: an SMTP outage becomes retries, then an incident; a mail is never sent twice.
 * Prototype-scoped because Camunda injects the fields into the bean it is given.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class SendNotificationDelegate implements JavaDelegate {

	private final NotificationService notifications;

	private Expression template;

	private Expression to;

	private Expression key;

	SendNotificationDelegate(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = execution.getProcessBusinessKey();
		String templateName = (String) template.getValue(execution);
		List<String> recipients = Arrays.stream(String.valueOf(to.getValue(execution)).split(","))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.toList();
		String idempotencyKey = execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId()
				+ (key == null ? "" : "/" + key.getValue(execution));
		Map<String, Object> variables = new HashMap<>();
		for (String name : notifications.variablesOf(templateName)) {
			if (!execution.hasVariable(name)) {
				throw new MisaddressedMailException("Mail template " + templateName + " reads the variable " + name
						+ ", which " + execution.getCurrentActivityId() + " does not have");
			}
			variables.put(name, execution.getVariable(name));
		}
		notifications.send(idempotencyKey, templateName, reference, recipients, variables);
	}

	public void setTemplate(Expression template) {
		this.template = template;
	}

	public void setTo(Expression to) {
		this.to = to;
	}

	public void setKey(Expression key) {
		this.key = key;
	}

}
