package io.partnerflow.committee;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.committee.CommitteeVoteProcess.COMMITTEE_REASONS;
import static io.partnerflow.committee.CommitteeVoteProcess.VOTE_RESULT;

/**
 * Counts the ballots when the vote closes: {@code voteResult} (APPROVED, REJECTED, TIE or
 * NO_QUORUM), {@code voteSummary} (the figures) and, for a decided vote, {@code committeeReasons}:
 * the comments on the winning side, without their authors. The ballots then enter the partner's
 * timeline: the vote is over, its record is no longer secret.
 */
@Component
class CountVotesDelegate implements JavaDelegate {

	static final String VOTE_SUMMARY = "voteSummary";

	private final CommitteeTally tally;

	private final CommitteeRecord record;

	CountVotesDelegate(CommitteeTally tally, CommitteeRecord record) {
		this.tally = tally;
		this.record = record;
	}

	@Override
	public void execute(DelegateExecution execution) {
		VoteCount count = tally.count(execution);
		VoteCount.Result result = count.result();
		execution.setVariable(VOTE_RESULT, result.name());
		execution.setVariable(VOTE_SUMMARY, "%d approve, %d reject, %d abstain; %d of %d members voted".formatted(
				count.approvals(), count.rejections(), count.abstentions(), count.voted(), count.members()));
		Choice winning = switch (result) {
			case APPROVED -> Choice.APPROVE;
			case REJECTED -> Choice.REJECT;
			default -> null;
		};
		List<CommitteeVote> ballots = record.votesOf(execution.getProcessInstanceId());
		if (winning != null) {
			execution.setVariable(COMMITTEE_REASONS, ballots.stream()
				.filter(vote -> winning.name().equals(vote.getChoice()))
				.map(CommitteeVote::getComment)
				.filter(Objects::nonNull)
				.collect(Collectors.joining("\n")));
		}
		record.publish(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
	}

}
