package io.partnerflow.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.partnerflow.system.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Sends a mail from a model, configured with the fields of a mail step ({@link MailStep}, checked
 * at deployment against the template's audience by {@link MailStepCheck}): {@code template}; the
 * recipients {@code partner}, {@code recruiter}, a field per group ({@code groupManagers}, ...) and
 * {@code user}; and {@code key} (optional), which tells apart the mails that one activity sends
 * several times, such as one per committee member.
 * <p>
 * The template is given only the variables it declares (see {@link MailTemplates}), so a process
 * variable it does not declare, such as a colleague's notes, cannot reach its reader; a declared
 * variable the execution lacks is a configuration error. The partner is the process's business key, or
 * the one {@code aboutPartner} names (a lead offered to partners in turn); a report, {@link MailReports}, is
 * about none.
 * Use it on an {@code asyncBefore} service task with a retry cycle: an SMTP outage becomes retries,
 * then an incident; a mail is never sent twice. Prototype-scoped because Camunda injects the fields
 * into the bean it is given.
 * <p>
 * Legacy, and only that: a definition deployed before the typed fields names its recipients in one
 * text field, {@code to} ({@code partner, recruiter}, {@code group:managers}, {@code user:${member}}).
 * Camunda runs the instances of such a definition to their end on it, so their mail steps still
 * inject {@code to}, which is read here for them; a new deployment with {@code to} is refused. It can
 * go once no instance of a definition with {@code to} is left.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class SendNotificationDelegate implements JavaDelegate {

	private final NotificationService notifications;

	private Expression template;

	/** The yes/no fields by name: partner, recruiter and the groups'. */
	private final Map<String, Expression> yesOrNo = new HashMap<>();

	private Expression user;

	private Expression key;

	private Expression aboutPartner;

	private Expression to;

	SendNotificationDelegate(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reference = partnerOf(execution);
		String templateName = (String) template.getValue(execution);
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
		notifications.send(idempotencyKey, templateName, reference, recipients(execution, reference), variables);
	}

	/** The partner the mail is about: the process's business key, unless the field {@code aboutPartner} names another. */
	private String partnerOf(DelegateExecution execution) {
		if (aboutPartner == null) {
			return execution.getProcessBusinessKey();
		}
		Object named = aboutPartner.getValue(execution);
		if (named == null || named.toString().isBlank()) {
			throw new MisaddressedMailException(execution.getCurrentActivityId() + " writes about the partner "
					+ aboutPartner.getExpressionText() + ", which names none");
		}
		return named.toString().strip();
	}

	/** The recipients the step's fields name, for a mail about the partner {@code reference}. */
	List<RecipientSpec> recipients(DelegateExecution execution, String reference) {
		if (to != null) {
			return legacyRecipients(String.valueOf(to.getValue(execution)), reference);
		}
		String userId = null;
		if (user != null) {
			Object id = user.getValue(execution);
			if (id == null || id.toString().isBlank()) {
				throw new MisaddressedMailException(execution.getCurrentActivityId() + " sends to the user "
						+ user.getExpressionText() + ", which names nobody");
			}
			userId = id.toString().strip();
		}
		return MailStep.recipients(name -> yes(yesOrNo.get(name), execution), userId, reference);
	}

	private static boolean yes(Expression field, DelegateExecution execution) {
		return field != null && "true".equals(String.valueOf(field.getValue(execution)).strip());
	}

	/** A former model's {@code to}: {@code partner}, {@code recruiter}, {@code group:ID}, {@code user:ID}, comma-separated. */
	static List<RecipientSpec> legacyRecipients(String to, String reference) {
		List<RecipientSpec> recipients = new ArrayList<>();
		for (String word : to.split(",")) {
			String name = word.strip();
			if (name.equals(MailStep.PARTNER)) {
				recipients.add(RecipientSpec.partnerOf(reference));
			}
			else if (name.equals(MailStep.RECRUITER)) {
				recipients.add(RecipientSpec.recruiterOf(reference));
			}
			else if (name.matches("group:\\s*\\S+")) {
				recipients.add(RecipientSpec.group(name.substring("group:".length()).strip()));
			}
			else if (name.matches("user:\\s*\\S+")) {
				recipients.add(RecipientSpec.user(name.substring("user:".length()).strip()));
			}
			else if (!name.isEmpty()) {
				throw new MisaddressedMailException("Not a recipient: '" + name + "' (the field to of a former model"
						+ " names partner, recruiter, user:ID or group:ID; plain addresses are not accepted)");
			}
		}
		return recipients;
	}

	public void setTemplate(Expression template) {
		this.template = template;
	}

	public void setPartner(Expression yes) {
		yesOrNo.put(MailStep.PARTNER, yes);
	}

	public void setRecruiter(Expression yes) {
		yesOrNo.put(MailStep.RECRUITER, yes);
	}

	// a setter per group: Camunda injects a field into the member of its name

	public void setGroupRecruiters(Expression yes) {
		group(Groups.RECRUITERS, yes);
	}

	public void setGroupCommittee(Expression yes) {
		group(Groups.COMMITTEE, yes);
	}

	public void setGroupChair(Expression yes) {
		group(Groups.COMMITTEE_CHAIR, yes);
	}

	public void setGroupManagers(Expression yes) {
		group(Groups.MANAGERS, yes);
	}

	public void setGroupMarketing(Expression yes) {
		group(Groups.MARKETING, yes);
	}

	public void setGroupTraining(Expression yes) {
		group(Groups.TRAINING, yes);
	}

	public void setGroupLegal(Expression yes) {
		group(Groups.LEGAL, yes);
	}

	public void setGroupSales(Expression yes) {
		group(Groups.SALES, yes);
	}

	public void setGroupLeadership(Expression yes) {
		group(Groups.LEADERSHIP, yes);
	}

	public void setGroupLeads(Expression yes) {
		group(Groups.LEADS, yes);
	}

	private void group(String group, Expression yes) {
		yesOrNo.put(MailStep.GROUP_FIELDS.get(group), yes);
	}

	public void setUser(Expression user) {
		this.user = user;
	}

	public void setKey(Expression key) {
		this.key = key;
	}

	public void setAboutPartner(Expression aboutPartner) {
		this.aboutPartner = aboutPartner;
	}

	/** Legacy: see the class comment. */
	public void setTo(Expression to) {
		this.to = to;
	}

}
