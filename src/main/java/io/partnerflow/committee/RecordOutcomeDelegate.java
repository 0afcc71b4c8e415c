package io.partnerflow.committee;

import io.partnerflow.partner.PartnerService;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.partnerflow.committee.CommitteeVoteProcess.CHAIR_COMMENT;
import static io.partnerflow.committee.CommitteeVoteProcess.CHAIR_DECISION;
import static io.partnerflow.committee.CommitteeVoteProcess.COMMITTEE_OUTCOME;
import static io.partnerflow.committee.CommitteeVoteProcess.COMMITTEE_REASONS;
import static io.partnerflow.committee.CommitteeVoteProcess.VOTE_RESULT;

/**
 * Settles the committee's outcome: the vote's result, or the chair's decision after a tie or a
 * missing quorum: one {@link CommitteeOutcome}. Sets {@code committeeOutcome} (its name) and
 * {@code committeeReasons} for the caller and moves the partner from IN_COMMITTEE to the outcome's
 * status.
 */
@Component
class RecordOutcomeDelegate implements JavaDelegate {

	static final String ACTOR = "committee";

	private final PartnerService partners;

	RecordOutcomeDelegate(PartnerService partners) {
		this.partners = partners;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String result = (String) execution.getVariable(VOTE_RESULT);
		Optional<CommitteeOutcome> byCount = CommitteeOutcome.decidedBy(VoteCount.Result.valueOf(result));
		boolean byVote = byCount.isPresent();
		CommitteeOutcome outcome = byCount.or(() -> CommitteeOutcome.of(execution.getVariable(CHAIR_DECISION)))
			.orElseThrow(() -> new IllegalStateException("The vote was " + result + " and the chair has not decided"));
		String reasons = byVote ? (String) execution.getVariable(COMMITTEE_REASONS)
				: "Chair's decision after " + ("TIE".equals(result) ? "a tie" : "a vote without quorum") + ": "
						+ execution.getVariable(CHAIR_COMMENT);
		execution.setVariable(COMMITTEE_OUTCOME, outcome.name());
		execution.setVariable(COMMITTEE_REASONS, reasons == null ? "" : reasons);
		String reference = execution.getProcessBusinessKey();
		partners.record(reference, ACTOR, "COMMITTEE_OUTCOME", "Committee " + outcome + " ("
				+ execution.getVariable(CountVotesDelegate.VOTE_SUMMARY) + ")" + (byVote ? "" : " by the chair"));
		partners.changeStatus(reference, outcome.partnerStatus(), ACTOR, reasons);
	}

}
