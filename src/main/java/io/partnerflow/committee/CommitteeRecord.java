package io.partnerflow.committee;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.partnerflow.partner.PartnerService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner's record of the committee's votes: the committee_vote table, the only place ballots
 * are kept, and the timeline. A ballot is secret while its vote is open: the timeline says who
 * voted, not how, until the vote closes ({@link #publish}).
 */
@Service
@Transactional
public class CommitteeRecord implements CommitteeBallots {

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
		partners.record(partnerReference, member, "COMMITTEE_VOTE", "Voted; the ballot stays secret until the vote closes");
	}

	/** When the vote has closed: every ballot of it into the partner's timeline. */
	void publish(String partnerReference, String processInstanceId) {
		for (CommitteeVote vote : votesOf(processInstanceId)) {
			partners.record(partnerReference, vote.getMember(), "COMMITTEE_BALLOT", "Committee vote " + vote.getChoice()
					+ (vote.getComment() == null ? "" : ": " + vote.getComment()));
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> choicesOf(String processInstanceId) {
		Map<String, String> choices = new HashMap<>();
		votes.findByProcessInstanceIdOrderByMember(processInstanceId)
			.forEach(vote -> choices.put(vote.getMember(), vote.getChoice()));
		return choices;
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
