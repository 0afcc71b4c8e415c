package io.partnerflow.committee;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import static io.partnerflow.committee.CommitteeVoteProcess.COMMITTEE_MEMBERS;
import static io.partnerflow.committee.CommitteeVoteProcess.MAJORITY;
import static io.partnerflow.committee.CommitteeVoteProcess.QUORUM;

/**
 * Counts the ballots of a vote from the committee's record ({@link CommitteeBallots}), under the
 * rules frozen when the committee was convened ({@code committeeMembers}, {@code quorum},
 * {@code majority}: written by PartnerFlow, never writable by a member). Used by the model: the
 * vote's completion condition ({@code committeeTally.outcomeCertain(execution)}) and the
 * reminder's recipients ({@code committeeTally.nonVoters(execution)}).
 */
@Component("committeeTally")
public class CommitteeTally {

	private final CommitteeBallots ballots;

	public CommitteeTally(CommitteeBallots ballots) {
		this.ballots = ballots;
	}

	public boolean outcomeCertain(DelegateExecution execution) {
		return count(execution).certain();
	}

	/** The members who have not voted yet. */
	public List<String> nonVoters(DelegateExecution execution) {
		Map<String, String> cast = ballots.choicesOf(execution.getProcessInstanceId());
		return members(execution).stream().filter(member -> !cast.containsKey(member)).toList();
	}

	VoteCount count(DelegateExecution execution) {
		List<String> members = members(execution);
		Map<String, String> cast = ballots.choicesOf(execution.getProcessInstanceId());
		int approvals = 0;
		int rejections = 0;
		int abstentions = 0;
		for (String member : members) {
			Choice choice = Choice.parse(cast.get(member)).orElse(null);
			if (choice == Choice.APPROVE) {
				approvals++;
			}
			else if (choice == Choice.REJECT) {
				rejections++;
			}
			else if (choice == Choice.ABSTAIN) {
				abstentions++;
			}
		}
		return new VoteCount(members.size(), approvals, rejections, abstentions,
				((Number) execution.getVariable(QUORUM)).doubleValue(),
				((Number) execution.getVariable(MAJORITY)).doubleValue());
	}

	@SuppressWarnings("unchecked")
	static List<String> members(VariableScope scope) {
		return (List<String>) scope.getVariable(COMMITTEE_MEMBERS);
	}

}
