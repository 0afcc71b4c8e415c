package io.partnerflow.committee;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import static io.partnerflow.committee.CommitteeVoteProcess.COMMITTEE_MEMBERS;
import static io.partnerflow.committee.CommitteeVoteProcess.MAJORITY;
import static io.partnerflow.committee.CommitteeVoteProcess.QUORUM;
import static io.partnerflow.committee.CommitteeVoteProcess.voteOf;

/**
 * Reads the votes cast from the per-member variables ({@code vote_<member>}). Used by the model:
 * the vote's completion condition ({@code committeeTally.outcomeCertain(execution)}) and the
 * reminder's recipients ({@code committeeTally.nonVoters(execution)}).
 */
@Component("committeeTally")
public class CommitteeTally {

	public boolean outcomeCertain(VariableScope scope) {
		return count(scope).certain();
	}

	/** The members who have not voted yet. */
	public List<String> nonVoters(VariableScope scope) {
		return members(scope).stream().filter(member -> scope.getVariable(voteOf(member)) == null).toList();
	}

	VoteCount count(VariableScope scope) {
		List<String> members = members(scope);
		int approvals = 0;
		int rejections = 0;
		int abstentions = 0;
		for (String member : members) {
			Choice choice = Choice.parse(scope.getVariable(voteOf(member))).orElse(null);
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
				((Number) scope.getVariable(QUORUM)).doubleValue(), ((Number) scope.getVariable(MAJORITY)).doubleValue());
	}

	@SuppressWarnings("unchecked")
	static List<String> members(VariableScope scope) {
		return (List<String>) scope.getVariable(COMMITTEE_MEMBERS);
	}

}
