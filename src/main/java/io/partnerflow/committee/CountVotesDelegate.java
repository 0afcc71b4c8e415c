package io.partnerflow.committee;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.committee.CommitteeVoteProcess.COMMITTEE_REASONS;
import static io.partnerflow.committee.CommitteeVoteProcess.VOTE_RESULT;
import static io.partnerflow.committee.CommitteeVoteProcess.voteCommentOf;
import static io.partnerflow.committee.CommitteeVoteProcess.voteOf;

/**
 * Counts the votes cast when the vote closes: {@code voteResult} (APPROVED, REJECTED, TIE or
 * NO_QUORUM), {@code voteSummary} (the figures) and, for a decided vote, {@code committeeReasons}:
 * the comments of the members on the winning side.
 */
@Component
class CountVotesDelegate implements JavaDelegate {

	static final String VOTE_SUMMARY = "voteSummary";

	private final CommitteeTally tally;

	CountVotesDelegate(CommitteeTally tally) {
		this.tally = tally;
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
		if (winning != null) {
			List<String> members = CommitteeTally.members(execution);
			execution.setVariable(COMMITTEE_REASONS, members.stream()
				.filter(member -> winning.name().equals(execution.getVariable(voteOf(member))))
				.map(member -> {
					Object comment = execution.getVariable(voteCommentOf(member));
					return comment == null ? null : member + ": " + comment;
				})
				.filter(Objects::nonNull)
				.collect(Collectors.joining("\n")));
		}
	}

}
