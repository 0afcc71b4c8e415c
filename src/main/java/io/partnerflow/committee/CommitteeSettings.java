package io.partnerflow.committee;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code partnerflow.committee.*}: when members are reminded and the vote closes, and the rules.
 *
 * @param reminderAfter a reminder goes to members who have not voted after this delay (P3D)
 * @param votingPeriod the vote closes with the votes cast after this delay (P7D)
 * @param quorum the share of members that must have voted, strictly more than it (0.5: more than
 * half)
 * @param majority the share of the approve/reject votes that approval must exceed (0.5: more
 * approvals than rejections); exactly this share is a tie
 */
@ConfigurationProperties("partnerflow.committee")
record CommitteeSettings(Duration reminderAfter, Duration votingPeriod, Double quorum, Double majority) {

	CommitteeSettings {
		reminderAfter = reminderAfter == null ? Duration.ofDays(3) : reminderAfter;
		votingPeriod = votingPeriod == null ? Duration.ofDays(7) : votingPeriod;
		quorum = quorum == null ? 0.5 : quorum;
		majority = majority == null ? 0.5 : majority;
		if (quorum < 0 || quorum >= 1 || majority < 0 || majority >= 1) {
			throw new IllegalArgumentException("partnerflow.committee.quorum and .majority are shares in [0, 1)");
		}
	}

	static CommitteeSettings defaults() {
		return new CommitteeSettings(null, null, null, null);
	}

}
