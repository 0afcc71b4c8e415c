package io.partnerflow.committee;

import io.partnerflow.system.CurrentUser;
import io.partnerflow.system.FormRefusedException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static io.partnerflow.committee.CommitteeVoteProcess.MEMBER;
import static io.partnerflow.committee.CommitteeVoteProcess.VOTE;
import static io.partnerflow.committee.CommitteeVoteProcess.VOTE_COMMENT;

/**
 * On completion of a vote task, whichever endpoint completes it (Tasklist's submit-form, the REST
 * API's complete): checks the ballot (a choice among APPROVE, REJECT, ABSTAIN, a comment with a
 * reject, at most 2,000 characters, cast by the member the ballot is for) and records it in the
 * committee's record, in the completing transaction. The ballot is never copied into process
 * variables: members voting at the same moment write different rows only, and nobody reads a
 * running ballot through the engine. A refusal leaves the task open: 400 with the reason, or 403
 * for a ballot cast in another member's place.
 */
@Component("recordVoteListener")
class RecordVoteListener implements TaskListener {

	static final int MAX_COMMENT = 2000;

	private final CommitteeRecord record;

	RecordVoteListener(CommitteeRecord record) {
		this.record = record;
	}

	@Override
	public void notify(DelegateTask task) {
		String member = (String) task.getVariable(MEMBER);
		String caller = CurrentUser.of(task.getProcessEngineServices()).id().orElse(member);
		if (!member.equals(caller)) {
			throw new AuthorizationException(caller + " cannot vote in the place of another member");
		}
		Object submittedVote = task.getVariable(VOTE);
		Choice choice = Choice.parse(submittedVote)
			.orElseThrow(() -> new FormRefusedException("Choose your vote: approve, reject or abstain"));
		Object submitted = task.getVariable(VOTE_COMMENT);
		String comment = submitted == null || submitted.toString().isBlank() ? null : submitted.toString().strip();
		if (choice == Choice.REJECT && comment == null) {
			throw new FormRefusedException("A reject needs a comment: say why");
		}
		if (comment != null && comment.length() > MAX_COMMENT) {
			throw new FormRefusedException("The comment is limited to " + MAX_COMMENT + " characters");
		}
		DelegateExecution instance = task.getExecution().getProcessInstance();
		record.recordVote(instance.getProcessBusinessKey(), instance.getProcessInstanceId(), member, choice, comment);
	}

}
