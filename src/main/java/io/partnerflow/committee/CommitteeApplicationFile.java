package io.partnerflow.committee;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Shows the committee the candidate's application file as its table keeps it at that moment
 * ({@link ApplicationFileSource}), never through process variables. A ballot (a member's vote, the
 * chair's decision) gets it as task-local variables when the task is created, a read model its
 * Camunda Form shows as text: no field of the form writes them, so the engine's guard refuses any
 * business user's write of them, and only the task's holders may read them (READ_VARIABLE on their
 * own task). The invitation mail gets it through the model's input mapping,
 * {@code ${committeeApplicationFile.answers(execution).applicationMotivation}}, local to each
 * invitation. A partner without a kept file gets forms that say so, not a failed invitation (whose
 * mails would go out again at the retry).
 */
@Component("committeeApplicationFile")
public class CommitteeApplicationFile implements TaskListener {

	private static final Logger log = LoggerFactory.getLogger(CommitteeApplicationFile.class);

	private final ApplicationFileSource files;

	public CommitteeApplicationFile(ApplicationFileSource files) {
		this.files = files;
	}

	@Override
	public void notify(DelegateTask task) {
		task.setVariablesLocal(answers(task.getExecution()));
	}

	/** The file's answers under the names of {@code CommitteeVoteProcess.APPLICATION_*}, read now. */
	public Map<String, Object> answers(DelegateExecution execution) {
		String reference = execution.getProcessBusinessKey();
		return files.applicationFile(reference).orElseGet(() -> {
			log.warn("No application file is kept for partner {}: the committee's forms say so", reference);
			return ApplicationFileView.notKept();
		}).variables();
	}

}
