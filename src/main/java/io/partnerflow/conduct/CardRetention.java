package io.partnerflow.conduct;

import java.time.Duration;
import java.util.Map;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.RetentionRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The cards ({@code partner_card}) say what a partner did and may name its people in their evidence:
 * they serve while the partner is in the network, and go a year after its story ended, as the
 * application file does.
 */
@Configuration(proxyBeanMethods = false)
class CardRetention {

	static final Duration KEPT = Duration.ofDays(365);

	@Bean
	RetentionRule cardRetentionRule(PartnerService partners, NamedParameterJdbcTemplate jdbc) {
		return RetentionRule.of("partner_card: deleted 365 days after the partner's story ended",
				now -> partners.forEachEndedBefore(now.minus(KEPT), ended -> jdbc
					.update("delete from partner_card where partner_reference in (:references)", Map.of("references", ended))));
	}

}
