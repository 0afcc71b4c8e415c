package io.partnerflow.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * The mails' counters, tagged with the template (a file of {@code templates/mail/}, so a bounded
 * set): {@code partnerflow.mails.sent}, mails the SMTP server accepted (a notice in two languages is
 * two mails); {@code partnerflow.mails.failed}, attempts it did not accept (refused, unreachable,
 * timed out: each a failed job that Camunda retries by the model's retry cycle, its last failure an
 * incident); {@code partnerflow.mails.retried}, attempts of a mail whose job failed before, whatever
 * their outcome.
 */
@Component
class MailMeters {

	private final MeterRegistry meters;

	MailMeters(MeterRegistry meters) {
		this.meters = meters;
	}

	void sent(String template) {
		count("partnerflow.mails.sent", "Mails the SMTP server accepted", template);
	}

	void failed(String template) {
		count("partnerflow.mails.failed", "Attempts to send a mail that the SMTP server did not accept", template);
	}

	/** Counts the attempt as a retry when it runs in a job whose earlier execution failed. */
	void attempt(String template) {
		CommandContext command = Context.getCommandContext();
		JobEntity job = command == null ? null : command.getCurrentJob();
		if (job != null && (job.getExceptionMessage() != null || job.getExceptionByteArrayId() != null)) {
			count("partnerflow.mails.retried", "Attempts to send a mail whose job failed before", template);
		}
	}

	private void count(String name, String description, String template) {
		Counter.builder(name).description(description).tag("template", template).register(meters).increment();
	}

}
