package io.partnerflow.notification;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.partnerflow.partner.PartnerService;
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
 * {@code recruiter} (the partner's recruiter), {@code user:ID}, {@code group:ID} or an address;
 * expressions are allowed;</li>
 * <li>{@code key} (optional): told apart mails that one activity sends several times, such as one
 * per committee member.</li>
 * </ul>
 * The partner is the process's business key. Use it on an {@code asyncBefore} service task with a
 * retry cycle: an SMTP outage becomes retries, then an incident; a mail is never sent twice.
 * Prototype-scoped because Camunda injects the fields into the bean it is given.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class SendNotificationDelegate implements JavaDelegate {

	private final NotificationService notifications;

	private final PartnerService partners;

	private Expression template;

	private Expression to;

	private Expression key;

	SendNotificationDelegate(NotificationService notifications, PartnerService partners) {
		this.notifications = notifications;
		this.partners = partners;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = execution.getProcessBusinessKey();
		String templateName = (String) template.getValue(execution);
		List<String> recipients = Arrays.stream(String.valueOf(to.getValue(execution)).split(","))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.map(spec -> switch (spec) {
				case "partner" -> "partner:" + reference;
				case "recruiter" -> "recruiter:" + reference;
				default -> spec;
			})
			.toList();
		String idempotencyKey = execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId()
				+ (key == null ? "" : "/" + key.getValue(execution));
		Map<String, Object> model = new HashMap<>(execution.getVariables());
		model.put("partner", partners.get(reference));
		notifications.send(idempotencyKey, templateName, recipients, model);
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
