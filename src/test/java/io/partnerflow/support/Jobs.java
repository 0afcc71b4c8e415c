package io.partnerflow.support;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.springframework.stereotype.Component;

/** Runs the engine's due jobs the way the job executor would, so tests decide when work happens. */
@Component
public class Jobs {

	private final ManagementService managementService;

	private final RuntimeService runtimeService;

	public Jobs(ManagementService managementService, RuntimeService runtimeService) {
		this.managementService = managementService;
		this.runtimeService = runtimeService;
	}

	/**
	 * For a process test: executes the executable jobs {@code query} finds until none is left, a failure
	 * thrown (the test's instances only, when the test moved the clock: never every due job).
	 */
	public static void runUntilNone(ManagementService managementService, Supplier<JobQuery> query) {
		for (int round = 0; round < 20; round++) {
			List<Job> due = query.get().executable().list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> managementService.executeJob(job.getId()));
		}
		throw new IllegalStateException("Jobs keep coming");
	}

	/**
	 * Executes due jobs until none is left (jobs may create jobs). A failing job is left with one
	 * retry less, as the job executor leaves it. Returns how many jobs succeeded.
	 */
	public int runDue() {
		return runDue(() -> managementService.createJobQuery().executable().list());
	}

	/**
	 * As {@link #runDue()}, but only the jobs of the processes of this business key (a partner's): a test
	 * that moved the clock runs its partner's timers, not the schedules every partner shares (the
	 * quarterly tier review, the history cleanup) that other tests' clocks may have made due.
	 */
	public int runDueOf(String businessKey) {
		return runDue(() -> runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.list()
			.stream()
			.flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).executable().list()
				.stream())
			.toList());
	}

	private int runDue(Supplier<List<Job>> dueJobs) {
		int succeeded = 0;
		for (int round = 0; round < 1_000; round++) {
			List<Job> due = dueJobs.get();
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
