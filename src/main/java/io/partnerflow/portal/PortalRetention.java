package io.partnerflow.portal;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.RetentionRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The portal's tables' retention rules (README, "Personal data"): a link's record serves until it
 * expired, with 90 days to answer a partner who asks what became of it, and so does a revoked API key
 * after its revocation; an account, its partner's API keys and a draft serve while the partner's story
 * goes on, and a year after it ended they go, as the application file does.
 */
@Configuration(proxyBeanMethods = false)
class PortalRetention {

	static final Duration LINKS_KEPT = Duration.ofDays(90);

	static final Duration ACCOUNTS_KEPT = Duration.ofDays(365);

	@Bean
	RetentionRule portalLinkRetention(JdbcTemplate jdbc) {
		return RetentionRule.of("portal_link: deleted 90 days after the link expired",
				now -> jdbc.update("delete from portal_link where expires_at < ?", Timestamp.from(now.minus(LINKS_KEPT))));
	}

	@Bean
	RetentionRule portalAccountRetention(PartnerService partners, NamedParameterJdbcTemplate jdbc) {
		return RetentionRule.of("portal_account: deleted with its links and API keys 365 days after the partner's story ended",
				now -> partners.forEachEndedBefore(now.minus(ACCOUNTS_KEPT), ended -> jdbc.update("""
						delete from portal_link where partner_reference in (:ended)""", Map.of("ended", ended))
						+ jdbc.update("delete from partner_api_key where partner_reference in (:ended)", Map.of("ended", ended))
						+ jdbc.update("delete from portal_account where partner_reference in (:ended)", Map.of("ended", ended))));
	}

	@Bean
	RetentionRule revokedApiKeyRetention(JdbcTemplate jdbc) {
		return RetentionRule.of("partner_api_key: a revoked key deleted 90 days after its revocation",
				now -> jdbc.update("delete from partner_api_key where revoked_at < ?", Timestamp.from(now.minus(LINKS_KEPT))));
	}

	@Bean
	RetentionRule portalDraftRetention(PartnerService partners, NamedParameterJdbcTemplate jdbc) {
		return RetentionRule.of("portal_application_draft: deleted 365 days after the partner's story ended",
				now -> partners.forEachEndedBefore(now.minus(ACCOUNTS_KEPT), ended -> jdbc
					.update("delete from portal_application_draft where partner_reference in (:ended)", Map.of("ended", ended))));
	}

}
