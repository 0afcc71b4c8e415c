package io.partnerflow.partner;

import java.time.Duration;
import java.time.Instant;

import io.partnerflow.system.RetentionRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline ({@code partner_event}) keeps what was said a year after the partner's story ended:
 * then each event's description (free text, which may name people) is replaced, and the rows (when,
 * who, what kind) stay, as the KPIs' funnel counts them.
 */
@Component
class TimelineRetention implements RetentionRule {

	static final Duration KEPT = Duration.ofDays(365);

	/** What an event says once its description is gone. */
	static final String REMOVED = "(removed a year after the partner's story ended)";

	private final PartnerService partners;

	private final PartnerEventRepository events;

	TimelineRetention(PartnerService partners, PartnerEventRepository events) {
		this.partners = partners;
		this.events = events;
	}

	@Override
	public String rule() {
		return "partner_event: descriptions replaced 365 days after the partner's story ended; the events stay";
	}

	@Override
	@Transactional
	public int apply(Instant now) {
		return partners.forEachEndedBefore(now.minus(KEPT), ended -> events.replaceDescriptions(ended, REMOVED));
	}

}
