package io.partnerflow.onboarding;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The 100-day plan's free texts (the business plan's objectives and means, the campaign's and the
 * visits' summaries, the integration milestone's and the CEO meeting's summaries, the autonomy comments): exported, and cleared on erasure; the plan's figures and
 * dates, which the KPIs count, stay.
 */
@Component
class PlanPersonalData implements PersonalData {

	private final PartnerService partners;

	private final JdbcTemplate jdbc;

	PlanPersonalData(PartnerService partners, JdbcTemplate jdbc) {
		this.partners = partners;
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "onboarding_plan";
	}

	@Override
	public Object export(Contact contact) {
		return jdbc.queryForList("""
				select yearly_objectives, means_to_reach_them, campaign_summary, visits_summary, integration_summary,
				       ceo_meeting_summary, commercial_autonomy_comment, technical_autonomy_comment
				from onboarding_plan where partner_id = ?""", partners.get(contact.reference()).getId());
	}

	@Override
	public int erase(Contact contact) {
		return jdbc.update("""
				update onboarding_plan set yearly_objectives = null, means_to_reach_them = null, campaign_summary = null,
				       visits_summary = null, integration_summary = null, ceo_meeting_summary = null,
				       commercial_autonomy_comment = null, technical_autonomy_comment = null
				where partner_id = ?""", partners.get(contact.reference()).getId());
	}

}
