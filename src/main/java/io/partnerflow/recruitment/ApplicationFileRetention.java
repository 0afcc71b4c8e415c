package io.partnerflow.recruitment;

import java.time.Duration;
import java.time.Instant;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.RetentionRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An application file ({@code application_file}: the candidate's own words) is kept while the
 * partner's story goes on, for the committee and for the plan, and deleted a year after it ended
 * (not eligible, declined, lapsed, rejected or exited): long enough to answer a candidate who asks
 * why, or one who applies again.
 */
@Component
class ApplicationFileRetention implements RetentionRule {

	static final Duration KEPT = Duration.ofDays(365);

	private final PartnerService partners;

	private final ApplicationFileRepository files;

	ApplicationFileRetention(PartnerService partners, ApplicationFileRepository files) {
		this.partners = partners;
		this.files = files;
	}

	@Override
	public String rule() {
		return "application_file: deleted 365 days after the partner's story ended";
	}

	@Override
	@Transactional
	public int apply(Instant now) {
		return partners.forEachEndedBefore(now.minus(KEPT), files::deleteByPartnerReferenceIn);
	}

}
