package io.partnerflow.partner;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static io.partnerflow.partner.PartnerStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

class PartnerStatusTest {

	/** The partner lifecycle as the method describes it, written out independently of the enum. */
	private static final Map<PartnerStatus, Set<PartnerStatus>> LIFECYCLE = Map.ofEntries(
			Map.entry(CANDIDATE, EnumSet.of(NOT_ELIGIBLE, APPROACHED, DECLINED)),
			Map.entry(APPROACHED, EnumSet.of(APPLICATION_REQUESTED, DECLINED)),
			Map.entry(APPLICATION_REQUESTED, EnumSet.of(IN_COMMITTEE, APPLICATION_LAPSED, DECLINED)),
			Map.entry(IN_COMMITTEE, EnumSet.of(APPROVED, REJECTED)),
			Map.entry(APPROVED, EnumSet.of(CONTRACT_SIGNED, DECLINED)),
			Map.entry(CONTRACT_SIGNED, EnumSet.of(ONBOARDING, ACTIVE)),
			Map.entry(ONBOARDING, EnumSet.of(ACTIVE, EXIT_REVIEW)),
			Map.entry(EXIT_REVIEW, EnumSet.of(ONBOARDING, ACTIVE, EXITED)),
			Map.entry(ACTIVE, EnumSet.of(EXIT_REVIEW, EXITED)));

	@Test
	void everyPairOfStatusesFollowsTheLifecycle() {
		for (PartnerStatus from : PartnerStatus.values()) {
			for (PartnerStatus to : PartnerStatus.values()) {
				boolean legal = LIFECYCLE.getOrDefault(from, Set.of()).contains(to);
				assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(legal);
			}
		}
	}

	@Test
	void refusalsExitsAndLapsesAreFinal() {
		assertThat(EnumSet.allOf(PartnerStatus.class).stream().filter(PartnerStatus::isFinal))
			.containsExactlyInAnyOrder(NOT_ELIGIBLE, DECLINED, APPLICATION_LAPSED, REJECTED, EXITED);
	}

}
