package io.partnerflow.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/** Runs the engine's due jobs the way the job executor would, so tests decide when work happens. */
@Component
public class Jobs {

	private final ManagementService managementService;

	public Jobs(ManagementService managementService) {
		this.managementService = managementService;
	}

	/**
	 * Executes due jobs until none is left (jobs may create jobs). A failing job is left with one
	 * retry less, as the job executor leaves it. Returns how many jobs succeeded.
	 */
	public int runDue() {
		int succeeded = 0;
		for (int round = 0; round < 1_000; round++) {
			List<Job> due = managementService.createJobQuery().executable().list();
			int before = succeeded;
			for (Job job : due) {
				try {
					managementService.executeJob(job.getId());
					succeeded++;
				}
				catch (RuntimeException failed) {
					// retries were decremented by the engine; the job stays for a later run
				}
			}
			if (succeeded == before) {
				return succeeded;
			}
		}
		throw new IllegalStateException("Jobs keep creating jobs: more than 1,000 rounds");
	}

}
