package io.partnerflow.committee;

import java.util.Map;

/**
 * Where the ballots of a committee vote are kept and read: PartnerFlow's committee_vote table
 * ({@link CommitteeRecord}), never process variables, so that no one reads or writes a ballot
 * through the engine.
 */
public interface CommitteeBallots {

	/** The choice (APPROVE, REJECT or ABSTAIN) of every member who has voted in this vote. */
	Map<String, String> choicesOf(String processInstanceId);

}
