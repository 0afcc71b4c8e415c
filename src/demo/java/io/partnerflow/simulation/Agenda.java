package io.partnerflow.simulation;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.PriorityQueue;

import io.partnerflow.system.EngineClock;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated time of a run: what the simulation plans to do (list a candidate, answer a task,
 * post a deal), each at its moment, and the engine's jobs (timers, asynchronous steps), done in
 * time order with the engine's clock set to each moment, so the history holds real durations. The
 * job executor must not run meanwhile: the agenda executes the jobs, as the executor would.
 */
final class Agenda {

	private static final Logger log = LoggerFactory.getLogger(Agenda.class);

	/** Something the simulation does at a moment. */
	private record Planned(Instant at, long order, Runnable action) {
	}

	private final PriorityQueue<Planned> planned = new PriorityQueue<>(
			Comparator.comparing(Planned::at).thenComparingLong(Planned::order));

	private final ManagementService management;

	private final EngineClock clock;

	private long order;

	private long jobsExecuted;

	private long jobFailures;

	private long actionsFailed;

	Agenda(ManagementService management, EngineClock clock) {
		this.management = management;
		this.clock = clock;
	}

	void plan(Instant at, Runnable action) {
		planned.add(new Planned(at, order++, action));
	}

	/** The moment of the next planned action or timer, or null when nothing is left. */
	Instant next() {
		Instant action = planned.isEmpty() ? null : planned.peek().at();
		List<Job> timers = management.createJobQuery()
			.withRetriesLeft()
			.duedateHigherThan(new Date(0))
			.orderByJobDuedate()
			.asc()
			.listPage(0, 1);
		Instant timer = timers.isEmpty() ? null : timers.get(0).getDuedate().toInstant();
		if (action == null) {
			return timer;
		}
		return timer == null || action.isBefore(timer) ? action : timer;
	}

	/**
	 * Everything due before the horizon, in time order, and what it starts; {@code afterRound} runs
	 * after each round (the simulation answers the tasks that appeared), until a round does nothing.
	 */
	void step(Instant horizon, Runnable afterRound) {
		boolean more = true;
		while (more) {
			clock.moveTo(horizon);
			List<Job> due = management.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 500);
			int j = 0;
			more = false;
			// jobs in due order, interleaved with the plan; the jobs the actions make run in the next round
			while (j < due.size() || (!planned.isEmpty() && planned.peek().at().isBefore(horizon))) {
				Job job = j < due.size() ? due.get(j) : null;
				Instant jobAt = job == null ? null : moment(job);
				Planned action = planned.isEmpty() || !planned.peek().at().isBefore(horizon) ? null : planned.peek();
				if (job != null && (action == null || !jobAt.isAfter(action.at()))) {
					execute(job, jobAt);
					j++;
				}
				else {
					planned.poll();
					clock.moveTo(action.at());
					act(action);
				}
				more = true;
			}
			if (more) {
				afterRound.run();
			}
		}
	}

	long jobsExecuted() {
		return jobsExecuted;
	}

	long jobFailures() {
		return jobFailures;
	}

	/** Planned actions that failed with an exception of their own. */
	long actionsFailed() {
		return actionsFailed;
	}

	/** One person's action; one that goes wrong is counted and told, and the simulation goes on. */
	private void act(Planned action) {
		try {
			action.action().run();
		}
		catch (RuntimeException failed) {
			actionsFailed++;
			log.warn("A simulated action at {} failed: {}", action.at(), failed.toString());
		}
	}

	private Instant moment(Job job) {
		Date when = job.getDuedate() != null ? job.getDuedate() : job.getCreateTime();
		return when == null ? Instant.now(clock) : when.toInstant();
	}

	private void execute(Job job, Instant at) {
		if (management.createJobQuery().jobId(job.getId()).count() == 0) {
			return; // an earlier job of the same moment ended it (the committee closed early, say)
		}
		clock.moveTo(at);
		try {
			management.executeJob(job.getId());
			jobsExecuted++;
		}
		catch (ProcessEngineException failed) {
			// the engine took a retry off and set the next attempt, as the job executor would
			jobFailures++;
			log.debug("Job {} failed in the simulation: {}", job.getId(), failed.getMessage());
		}
	}

}
