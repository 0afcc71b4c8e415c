package io.partnerflow.tier;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The partner's certified people, by name: exported whole; on the contact's erasure, a certification
 * in the contact's own name loses the name (the role and the dates, which the tier counts, stay).
 */
@Component
class CertificationPersonalData implements PersonalData {

	private final PartnerService partners;

	private final JdbcTemplate jdbc;

	CertificationPersonalData(PartnerService partners, JdbcTemplate jdbc) {
		this.partners = partners;
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "certification";
	}

	@Override
	public Object export(Contact contact) {
		return jdbc.queryForList("""
				select person_name, role, certified_on, expires_on, recorded_at, recorded_by
				from certification where partner_id = ? order by certified_on, id""",
				partners.get(contact.reference()).getId());
	}

	@Override
	public int erase(Contact contact) {
		if (contact.name() == null || contact.name().isBlank()) {
			return 0;
		}
		return jdbc.update("update certification set person_name = ? where partner_id = ? and lower(person_name) = lower(?)",
				ERASED, partners.get(contact.reference()).getId(), contact.name().strip());
	}

}
