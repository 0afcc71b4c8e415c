package io.partnerflow.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.partnerflow.system.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the partner portal holds about the partner's people: the accounts (the contact's and its
 * colleagues', without their password hashes), the personal links sent (when, what for, used or
 * withdrawn), and the application file's draft. On the contact's erasure its account goes with its
 * links (it can sign in no more), the partner's open links are withdrawn (they were mailed to it),
 * the draft goes, and the colleagues it invited no longer name it; the colleagues' own accounts stay.
 */
@Component
class PortalPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PortalPersonalData(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String section() {
		return "portal";
	}

	@Override
	public Object export(Contact contact) {
		Map<String, Object> held = new LinkedHashMap<>();
		held.put("accounts", jdbc.queryForList("""
				select email, name, language, invited_at, invited_by, activated_at, password_hash is not null as password_set
				from portal_account where partner_reference = ? order by id""", contact.reference()));
		held.put("links", jdbc.queryForList("""
				select purpose, issued_at, expires_at, used_at, revoked_at from portal_link
				where partner_reference = ? order by id""", contact.reference()));
		held.put("applicationDraft", jdbc.queryForList("""
				select motivation, organisation, first_customers, strategy, why_strategic, prospects, saved_at
				from portal_application_draft where partner_reference = ?""", contact.reference()));
		return held;
	}

	@Override
	public int erase(Contact contact) {
		String reference = contact.reference();
		String email = contact.email() == null ? "" : contact.email();
		int changed = jdbc.update("""
				delete from portal_link where account_id in
				  (select id from portal_account where partner_reference = ? and lower(email) = lower(?))""", reference, email);
		changed += jdbc.update("delete from portal_account where partner_reference = ? and lower(email) = lower(?)", reference,
				email);
		changed += jdbc.update("update portal_account set invited_by = ? where partner_reference = ? and lower(invited_by) = lower(?)",
				ERASED, reference, email);
		changed += jdbc.update("""
				update portal_link set revoked_at = ?, version = version + 1
				where partner_reference = ? and used_at is null and revoked_at is null""",
				Timestamp.from(Instant.now(clock)), reference);
		return changed + jdbc.update("delete from portal_application_draft where partner_reference = ?", reference);
	}

}
