package io.partnerflow.committee;

import java.util.List;
import java.util.Set;

import io.partnerflow.system.FormRule;
import io.partnerflow.system.SubmittedForm;
import org.springframework.stereotype.Component;

import static io.partnerflow.committee.CommitteeVoteProcess.VOTE;
import static io.partnerflow.committee.CommitteeVoteProcess.VOTE_COMMENT;

/** A member who rejects says why: the comment the form leaves optional is required with a reject. */
@Component
class BallotRule implements FormRule {

	static final String FORM = "committee-vote-cast-vote";

	@Override
	public Set<String> formIds() {
		return Set.of(FORM);
	}

	@Override
	public List<String> problems(SubmittedForm ballot) {
		return Choice.REJECT.name().equals(ballot.value(VOTE)) && ballot.text(VOTE_COMMENT) == null
				? List.of(ballot.say("ballot.rejectNeedsComment"))
				: List.of();
	}

}
