package io.partnerflow.leads;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The rhythm of leads ({@code partnerflow.leads.*}, ISO-8601 durations such as {@code P2D}).
 * @param acceptWithin how long a partner has to accept a lead offered to it; silence passes it on
 * @param updateEvery how often a partner reports on an accepted lead; a silent period brings a
 * reminder, a second one takes the lead back
 * @param presalesWithin when the pre-sales help a partner asks for is due
 * @param confirmWithin when the lead cell's confirmation of the partner proposed is due
 * @param decideWithin when the lead cell's decision on a lead that came back is due
 * @param importMaxSize the largest lead file accepted
 */
@ConfigurationProperties("partnerflow.leads")
record LeadSettings(Duration acceptWithin, Duration updateEvery, Duration presalesWithin, Duration confirmWithin,
		Duration decideWithin, DataSize importMaxSize) {

	LeadSettings {
		acceptWithin = acceptWithin == null ? Duration.ofDays(2) : acceptWithin;
		updateEvery = updateEvery == null ? Duration.ofDays(14) : updateEvery;
		presalesWithin = presalesWithin == null ? Duration.ofDays(5) : presalesWithin;
		confirmWithin = confirmWithin == null ? Duration.ofDays(1) : confirmWithin;
		decideWithin = decideWithin == null ? Duration.ofDays(3) : decideWithin;
		importMaxSize = importMaxSize == null ? DataSize.ofMegabytes(5) : importMaxSize;
	}

	/** The defaults, as in application.yaml. */
	static LeadSettings defaults() {
		return new LeadSettings(null, null, null, null, null, null);
	}

}
