package io.partnerflow.committee;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static io.partnerflow.committee.CommitteeVoteProcess.MEMBER;
import static io.partnerflow.committee.CommitteeVoteProcess.VOTE;
import static io.partnerflow.committee.CommitteeVoteProcess.VOTE_COMMENT;
import static io.partnerflow.committee.CommitteeVoteProcess.voteCommentOf;
import static io.partnerflow.committee.CommitteeVoteProcess.voteOf;

/**
 * On completion of a vote task: copies the task-local vote to the member's own process variables
 * ({@code vote_<member>}, {@code voteComment_<member>}) and records it in the partner's record, in
 * the completing transaction. Members voting at the same moment write different rows only, so
 * none of them fails on a concurrent update.
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
		Choice choice = Choice.parse(task.getVariable(VOTE))
			.orElseThrow(() -> new IllegalArgumentException("No valid vote from " + member + ": " + task.getVariable(VOTE)));
		Object submitted = task.getVariable(VOTE_COMMENT);
		String comment = submitted == null || submitted.toString().isBlank() ? null : submitted.toString().strip();
		DelegateExecution instance = task.getExecution().getProcessInstance();
		instance.setVariableLocal(voteOf(member), choice.name());
		instance.setVariableLocal(voteCommentOf(member), comment);
		record.recordVote(instance.getProcessBusinessKey(), instance.getProcessInstanceId(), member, choice, comment);
	}

}
