package io.partnerflow.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Keeps the application file in its table, its only record, whether the candidate sent it or the
 * recruiter typed it in. A file sent through the API is kept already ({@link Recruitments} saves it
 * before its message, which carries no answers). The answers the recruiter typed into the task's form
 * are process variables until here: saved, then removed from the process in the same transaction, so
 * that a failed save keeps them for the job's retry and a saved file leaves no copy behind.
 */
@Component
class SaveApplicationFileDelegate implements JavaDelegate {

	private final ApplicationFiles files;

	SaveApplicationFileDelegate(ApplicationFiles files) {
		this.files = files;
	}

	@Override
	public void execute(DelegateExecution execution) {
		files.saveIfAbsent(execution.getProcessBusinessKey(), ApplicationFileData.of(execution.getVariables()),
				String.valueOf(execution.getVariable(RecruitmentProcess.RECRUITER)));
		execution.removeVariables(RecruitmentProcess.APPLICATION_FIELDS);
	}

}
