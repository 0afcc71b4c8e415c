package io.partnerflow.committee;

import io.partnerflow.system.CurrentUser;
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
 * API's complete): checks the ballot is cast by the member it is for and records it in the
 * committee's record, in the completing transaction. What the ballot may say (a choice among
 * APPROVE, REJECT, ABSTAIN, a comment of at most 2,000 characters, required with a reject) is the
 * form's and {@link BallotRule}'s, checked before by the engine's guard. The ballot is never copied into process
 * variables: members voting at the same moment write different rows only, and nobody reads a
 * running ballot through the engine. A ballot cast in another member's place is refused with
 * 403; the task stays open.
 */
@Component("recordVoteListener")
class RecordVoteListener implements TaskListener {

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
		// the task's form and BallotRule decided what the ballot may say (the engine's guard)
		Choice choice = Choice.parse(task.getVariable(VOTE))
			.orElseThrow(() -> new IllegalStateException("A ballot without a vote passed its form"));
		Object submitted = task.getVariable(VOTE_COMMENT);
		String comment = submitted == null || submitted.toString().isBlank() ? null : submitted.toString().strip();
		DelegateExecution instance = task.getExecution().getProcessInstance();
		record.recordVote(instance.getProcessBusinessKey(), instance.getProcessInstanceId(), member, choice, comment);
	}

}
