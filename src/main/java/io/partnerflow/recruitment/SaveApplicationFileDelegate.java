package io.partnerflow.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Keeps the application file, whether the candidate sent it or the recruiter typed it in. */
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
	}

}
