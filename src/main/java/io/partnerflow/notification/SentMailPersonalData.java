package io.partnerflow.notification;

import java.util.List;
import java.util.Map;

import io.partnerflow.system.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The records of the mails about the partner: exported, and on erasure the contact's e-mail and
 * name are taken out of their recipients and subjects; which mail went when stays, so a retried job
 * still sends none twice.
 */
@Component
class SentMailPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	SentMailPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "notification";
	}

	@Override
	public Object export(Contact contact) {
		return jdbc.queryForList("select template, recipients, subject, sent_at from notification where partner_reference = ? order by sent_at",
				contact.reference());
	}

	@Override
	public int erase(Contact contact) {
		int changed = 0;
		List<Map<String, Object>> mails = jdbc.queryForList("select id, recipients, subject from notification where partner_reference = ?",
				contact.reference());
		for (Map<String, Object> mail : mails) {
			String recipients = contact.withoutContact((String) mail.get("recipients"));
			String subject = contact.withoutContact((String) mail.get("subject"));
			if (!recipients.equals(mail.get("recipients")) || !subject.equals(mail.get("subject"))) {
				changed += jdbc.update("update notification set recipients = ?, subject = ? where id = ?", recipients, subject,
						mail.get("id"));
			}
		}
		return changed;
	}

}
