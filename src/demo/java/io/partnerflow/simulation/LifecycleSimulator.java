package io.partnerflow.simulation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import io.partnerflow.deals.DealService;
import io.partnerflow.leads.Leads;
import io.partnerflow.leads.PartnerLeads;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.recruitment.Recruitments;
import io.partnerflow.simulation.CreatedTasks.CreatedTask;
import io.partnerflow.system.EngineClock;
import io.partnerflow.tier.Certifications;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Runs simulated partners through the real models over a simulated period: candidates are listed
 * through the API's service, people answer their Tasklist forms, partners send files and win deals,
 * and the engine's clock moves so that every timer (reminders, deadlines, day 100, months 6 and 9)
 * fires when it is due. The job executor must not run meanwhile: the simulator executes the jobs.
 *
 * <p>Time advances in steps of at most an hour of simulated time; within a step, each task answer,
 * deal and timer happens at its own moment (the clock is set to it: {@link Agenda}), so the history
 * holds real durations. The people act through PartnerFlow's services ({@link People}); the
 * simulator hears of each task as it is created ({@link CreatedTasks}).
 *
 * <p>With {@link SimulationSettings#openWork()} the period ends with today's work ({@link TodaysWork}):
 * more partners, whose steps happen at the moments their stories set, leave tasks of every role open.
 */
@Component
public class LifecycleSimulator {

	private final Recruitments recruitments;

	private final DealService deals;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final FormService forms;

	private final ManagementService management;

	private final IdentityService identity;

	private final EngineClock clock;

	private final CreatedTasks createdTasks;

	private final TodaysPlans todaysPlans;

	private final Certifications certifications;

	private final Leads leads;

	private final PartnerLeads partnerLeads;

	private final PartnerService partners;

	LifecycleSimulator(Recruitments recruitments, DealService deals, RuntimeService runtime, TaskService tasks,
			FormService forms, ManagementService management, IdentityService identity, EngineClock clock,
			CreatedTasks createdTasks, TodaysPlans todaysPlans, Certifications certifications, Leads leads,
			PartnerLeads partnerLeads, PartnerService partners) {
		this.partners = partners;
		this.leads = leads;
		this.partnerLeads = partnerLeads;
		this.todaysPlans = todaysPlans;
		this.recruitments = recruitments;
		this.deals = deals;
		this.certifications = certifications;
		this.runtime = runtime;
		this.tasks = tasks;
		this.forms = forms;
		this.management = management;
		this.identity = identity;
		this.clock = clock;
		this.createdTasks = createdTasks;
	}

	/** Figures of a run while it goes and at its end. */
	public record Progress(int partners, int listed, int alreadyListed, long lifecyclesEnded, long simulatedDay,
			long days, Duration elapsed, long tasksCompleted, long jobsExecuted, long jobFailures, long answersRefused,
			boolean finished) {

		/**
		 * Partners per second of wall time: while running, those whose lifecycle ended; at the end,
		 * every partner taken through the period.
		 */
		public double partnersPerSecond() {
			double seconds = elapsed.toMillis() / 1000.0;
			return seconds == 0 ? 0 : (finished ? listed : lifecyclesEnded) / seconds;
		}

	}

	/**
	 * Runs the simulation to the end of the period. {@code progress} hears from it about every
	 * {@code every} of wall time, and once at the end.
	 */
	public synchronized Progress run(SimulationSettings settings, Duration every, Consumer<Progress> progress) {
		LocalDate first = settings.startOn() != null ? settings.startOn()
				: LocalDate.now(ZoneOffset.UTC).minusDays(settings.days());
		Queue<CreatedTask> created = new ConcurrentLinkedQueue<>();
		Agenda agenda = new Agenda(management, clock);
		People people = new People(recruitments, deals, certifications, tasks, forms, identity, clock);
		SimulationRun run = new SimulationRun(settings, first.atStartOfDay(ZoneOffset.UTC).toInstant(), agenda, people,
				new SimulatedLeads(settings, agenda, people, leads, partnerLeads, partners, tasks, forms, identity, clock), runtime,
				created);
		createdTasks.listen(created);
		Progress done;
		try {
			done = run.go(every, progress);
		}
		finally {
			createdTasks.stop();
			clock.reset();
			identity.clearAuthentication();
		}
		if (settings.openWork()) {
			todaysPlans.drawUp();
		}
		return done;
	}

}

