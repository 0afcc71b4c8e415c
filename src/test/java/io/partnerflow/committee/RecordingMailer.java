package io.partnerflow.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Stands in for {@code sendNotificationDelegate} in process tests: records each mail (template and
 * recipients) with the fields the committee model injects, and the variables its activity holds.
 */
public class RecordingMailer implements JavaDelegate {

	/** @param to "partner", "recruiter" or the id of the user the mail names */
	record Mail(String template, List<String> to, Map<String, Object> variables) {
	}

	final List<Mail> sent = new ArrayList<>();

	private Expression template;

	private Expression partner;

	private Expression recruiter;

	private Expression user;

	@Override
	public void execute(DelegateExecution execution) {
		List<String> to = new ArrayList<>();
		if (partner != null && "true".equals(partner.getValue(execution))) {
			to.add("partner");
		}
		if (recruiter != null && "true".equals(recruiter.getValue(execution))) {
			to.add("recruiter");
		}
		if (user != null) {
			to.add(String.valueOf(user.getValue(execution)));
		}
		sent.add(new Mail((String) template.getValue(execution), to, execution.getVariables()));
		// one bean for every step (the real one is a prototype): a field the next step leaves out says no
		partner = null;
		recruiter = null;
		user = null;
	}

	/** Everyone the mails of the template went to, mail after mail. */
	List<String> recipientsOf(String templateName) {
		return sent.stream().filter(m -> m.template().equals(templateName)).flatMap(m -> m.to().stream()).toList();
	}

	List<Map<String, Object>> variablesOf(String templateName) {
		return sent.stream().filter(m -> m.template().equals(templateName)).map(Mail::variables).toList();
	}

	public void setTemplate(Expression template) {
		this.template = template;
	}

	public void setPartner(Expression partner) {
		this.partner = partner;
	}

	public void setRecruiter(Expression recruiter) {
		this.recruiter = recruiter;
	}

	public void setUser(Expression user) {
		this.user = user;
	}

	public void setKey(Expression key) {
		// the real delegate uses it for idempotency only
	}

}
