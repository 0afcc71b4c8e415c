package io.partnerflow.committee;

import io.partnerflow.system.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The members' comments on the candidate are free texts about it: exported with their choice and
 * date (not who wrote them), and cleared on erasure; the choices, which made the outcome, stay.
 */
@Component
class BallotPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	BallotPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "committee_vote";
	}

	@Override
	public Object export(Contact contact) {
		return jdbc.queryForList("select choice, comment, cast_at from committee_vote where partner_reference = ? order by cast_at",
				contact.reference());
	}

	@Override
	public int erase(Contact contact) {
		return jdbc.update("update committee_vote set comment = null where partner_reference = ? and comment is not null",
				contact.reference());
	}

}
