package io.partnerflow.recruitment;

import io.partnerflow.system.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The application file is the candidate's own words: exported whole, and deleted whole on erasure. */
@Component
class ApplicationFilePersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	ApplicationFilePersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "application_file";
	}

	@Override
	public Object export(Contact contact) {
		return jdbc.queryForList("""
				select motivation, organisation, first_customers, strategy, why_strategic, prospects, submitted_by, submitted_at
				from application_file where partner_reference = ?""", contact.reference());
	}

	@Override
	public int erase(Contact contact) {
		return jdbc.update("delete from application_file where partner_reference = ?", contact.reference());
	}

}
