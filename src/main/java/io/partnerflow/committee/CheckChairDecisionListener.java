package io.partnerflow.committee;

import io.partnerflow.system.FormRefusedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static io.partnerflow.committee.CommitteeVoteProcess.APPROVED;
import static io.partnerflow.committee.CommitteeVoteProcess.CHAIR_COMMENT;
import static io.partnerflow.committee.CommitteeVoteProcess.CHAIR_DECISION;
import static io.partnerflow.committee.CommitteeVoteProcess.REJECTED;

/**
 * On completion of the chair's task, whichever endpoint completes it: the decision is APPROVED or
 * REJECTED, with a comment of at most 2,000 characters. A refusal is a 400 with the reason; the
 * task stays open.
 */
@Component("checkChairDecisionListener")
class CheckChairDecisionListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		Object decision = task.getVariable(CHAIR_DECISION);
		if (!APPROVED.equals(decision) && !REJECTED.equals(decision)) {
			throw new FormRefusedException("Decide: approve or reject the application");
		}
		Object comment = task.getVariable(CHAIR_COMMENT);
		if (comment == null || comment.toString().isBlank()) {
			throw new FormRefusedException("The chair's decision needs a comment: say why");
		}
		if (comment.toString().strip().length() > RecordVoteListener.MAX_COMMENT) {
			throw new FormRefusedException("The comment is limited to " + RecordVoteListener.MAX_COMMENT + " characters");
		}
	}

}
