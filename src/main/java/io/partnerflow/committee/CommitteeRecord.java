package io.partnerflow.committee;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.partnerflow.partner.PartnerService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

	private final RuntimeService runtime;

	private final Clock clock;

	CommitteeRecord(CommitteeVoteRepository votes, PartnerService partners, RuntimeService runtime, Clock clock) {
		this.votes = votes;
		this.partners = partners;
		this.runtime = runtime;
		this.clock = clock;
	}

	/** Records a vote; the database refuses a second vote of a member in one committee vote. */
	void recordVote(String partnerReference, String processInstanceId, String member, Choice choice, String comment) {
		votes.saveAndFlush(new CommitteeVote(partnerReference, processInstanceId, member, choice, comment,
				Instant.now(clock)));
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

	/**
	 * What may be read of the committee's votes on the partner: the ballots of every vote that has
	 * closed (counted, as {@link #publish} does, or ended), and whether a vote is open, whose
	 * ballots stay secret.
	 */
	@Transactional(readOnly = true)
	public PublishedBallots publishedOn(String partnerReference) {
		Set<String> open = runtime.createProcessInstanceQuery()
			.processDefinitionKey(CommitteeVoteProcess.KEY)
			.processInstanceBusinessKey(partnerReference)
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.filter(id -> runtime.createVariableInstanceQuery()
				.processInstanceIdIn(id)
				.variableName(CommitteeVoteProcess.VOTE_RESULT)
				.count() == 0)
			.collect(Collectors.toSet());
		List<CommitteeVote> closed = votesOn(partnerReference).stream()
			.filter(vote -> !open.contains(vote.getProcessInstanceId()))
			.toList();
		return new PublishedBallots(closed, !open.isEmpty());
	}

	/** The ballots of the committee's closed votes on a partner, and whether a vote is still open. */
	public record PublishedBallots(List<CommitteeVote> ballots, boolean voteOpen) {
	}

	@Transactional(readOnly = true)
	public List<CommitteeVote> votesOf(String processInstanceId) {
		return votes.findByProcessInstanceIdOrderByMember(processInstanceId);
	}

}
