package io.partnerflow.committee;

import io.partnerflow.system.PersonalData;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The members' comments on the candidate are free texts about it: exported with their choice and
 * date (not who wrote them), and cleared on erasure; the choices, which made the outcome, stay. The
 * open ballots' copies of the application file (task-local, made when each ballot opened) say then
 * what a ballot says of a partner without a kept file.
 */
@Component
class BallotPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	private final TaskService tasks;

	BallotPersonalData(JdbcTemplate jdbc, TaskService tasks) {
		this.jdbc = jdbc;
		this.tasks = tasks;
	}

	@Override
	public String section() {
		return "committee_vote";
	}

	@Override
	public Object export(Contact contact) {
		return jdbc.queryForList("select choice, comment, cast_at from committee_vote where partner_reference = ? order by cast_at",
				contact.reference());
	}

	@Override
	public int erase(Contact contact) {
		int changed = 0;
		for (Task ballot : tasks.createTaskQuery()
			.processDefinitionKey(CommitteeVoteProcess.KEY)
			.processInstanceBusinessKey(contact.reference())
			.list()) {
			tasks.setVariablesLocal(ballot.getId(), ApplicationFileView.notKept().variables());
			changed++;
		}
		return changed + jdbc.update("update committee_vote set comment = null where partner_reference = ? and comment is not null",
				contact.reference());
	}

}
