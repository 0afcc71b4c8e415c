package io.partnerflow.committee;

import java.util.List;

import io.partnerflow.partner.PartnerService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partner's record of the committee's votes: the committee_vote table and the timeline. */
@Service
@Transactional
public class CommitteeRecord {

	private final CommitteeVoteRepository votes;

	private final PartnerService partners;

	CommitteeRecord(CommitteeVoteRepository votes, PartnerService partners) {
		this.votes = votes;
		this.partners = partners;
	}

	/** Records a vote; the database refuses a second vote of a member in one committee vote. */
	void recordVote(String partnerReference, String processInstanceId, String member, Choice choice, String comment) {
		votes.saveAndFlush(new CommitteeVote(partnerReference, processInstanceId, member, choice, comment,
				ClockUtil.getCurrentTime().toInstant()));
		partners.record(partnerReference, member, "COMMITTEE_VOTE",
				"Committee vote " + choice + (comment == null ? "" : ": " + comment));
	}

	@Transactional(readOnly = true)
	public List<CommitteeVote> votesOn(String partnerReference) {
		return votes.findByPartnerReferenceOrderByCastAtAscIdAsc(partnerReference);
	}

	@Transactional(readOnly = true)
	public List<CommitteeVote> votesOf(String processInstanceId) {
		return votes.findByProcessInstanceIdOrderByMember(processInstanceId);
	}

}
