package io.partnerflow.committee;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The vote rules with the default settings (quorum: more than half voted; majority: more approvals than rejections). */
class VoteCountTest {

	@ParameterizedTest(name = "{0} members: {1} approve, {2} reject, {3} abstain -> {4}, certain {5}")
	@CsvSource({
			// members, approve, reject, abstain, result now, outcome certain
			"7, 4, 0, 0, APPROVED, true", // a majority of members approves
			"7, 3, 0, 0, NO_QUORUM, false",
			"7, 0, 4, 0, REJECTED, true", // approval impossible
			"7, 1, 3, 0, REJECTED, false", // the three left could still approve
			"7, 3, 3, 1, TIE, false",
			"5, 2, 1, 0, APPROVED, false", // quorum met, but the two left could turn it
			"3, 1, 0, 2, APPROVED, true", // all voted: abstentions count for quorum only
			"3, 0, 0, 3, TIE, false", // nobody took a side
			"4, 2, 2, 0, TIE, false" })
	void theRulesDecideAndCloseEarlyOnlyWhenNothingCanChange(int members, int approve, int reject, int abstain,
			VoteCount.Result result, boolean certain) {
		VoteCount count = new VoteCount(members, approve, reject, abstain, 0.5, 0.5);

		assertThat(count.result()).isEqualTo(result);
		assertThat(count.certain()).isEqualTo(certain);
	}

	@ParameterizedTest(name = "two-thirds majority: {0} approve, {1} reject -> {2}")
	@CsvSource({ "4, 2, TIE", "5, 2, APPROVED", "3, 3, REJECTED" })
	void theMajorityIsConfigurable(int approve, int reject, VoteCount.Result result) {
		assertThat(new VoteCount(7, approve, reject, 0, 0.5, 2.0 / 3).result()).isEqualTo(result);
	}

}
