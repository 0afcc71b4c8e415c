package io.partnerflow.tier;

import java.time.Duration;
import java.util.Map;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.RetentionRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The certifications ({@code certification}) name the partner's people: they serve the tier while
 * the partner is in the network, and go a year after its story ended, as the application file does.
 */
@Configuration(proxyBeanMethods = false)
class CertificationRetention {

	static final Duration KEPT = Duration.ofDays(365);

	@Bean
	RetentionRule certificationRetentionRule(PartnerService partners, NamedParameterJdbcTemplate jdbc) {
		return RetentionRule.of("certification: deleted 365 days after the partner's story ended",
				now -> partners.forEachEndedBefore(now.minus(KEPT), ended -> jdbc.update(
						"delete from certification where partner_id in (select id from partner where reference in (:references))",
						Map.of("references", ended))));
	}

}
