package io.partnerflow.simulation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import io.partnerflow.committee.CommitteeVoteProcess;
import io.partnerflow.deals.DealService;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.partner.DuplicatePartnerException;
import io.partnerflow.partner.Partner;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.recruitment.Recruitments;
import io.partnerflow.system.EngineClock;
import io.partnerflow.system.Groups;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.spring.boot.starter.event.TaskEvent;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs simulated partners through the real models over a simulated period: candidates are listed
 * through the API's service, people answer their Tasklist forms, partners send files and win deals,
 * and the engine's clock moves so that every timer (reminders, deadlines, day 100, months 6 and 9)
 * fires when it is due. The job executor must not run meanwhile: the simulator executes the jobs.
 *
 * <p>Time advances in steps of at most an hour of simulated time; within a step, each task answer,
 * deal and timer happens at its own moment (the clock is set to it), so the history holds real
 * durations.
 *
 * <p>With {@link SimulationSettings#openWork()} the period ends with today's work ({@link TodaysWork}):
 * more partners, whose steps happen at the moments their stories set, leave tasks of every role open.
 */
@Component
public class LifecycleSimulator {

	private static final Logger log = LoggerFactory.getLogger(LifecycleSimulator.class);

	private static final Duration STEP = Duration.ofHours(1);

	private final Recruitments recruitments;

	private final DealService deals;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final FormService forms;

	private final ManagementService management;

	private final IdentityService identity;

	private final EngineClock clock;

	LifecycleSimulator(Recruitments recruitments, DealService deals, RuntimeService runtime, TaskService tasks,
			FormService forms, ManagementService management, IdentityService identity, EngineClock clock) {
		this.recruitments = recruitments;
		this.deals = deals;
		this.runtime = runtime;
		this.tasks = tasks;
		this.forms = forms;
		this.management = management;
		this.identity = identity;
		this.clock = clock;
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
		Run run = new Run(settings, first.atStartOfDay(ZoneOffset.UTC).toInstant());
		active = run;
		try {
			return run.go(every, progress);
		}
		finally {
			active = null;
			clock.reset();
			identity.clearAuthentication();
		}
	}

	/** The run going on, if any: it hears of each task the engine creates. */
	private volatile Run active;

	/** Camunda's Spring eventing tells of every task; a run answers those of its partners. */
	@EventListener(condition = "#task.eventName == 'create'")
	void taskCreated(TaskEvent task) {
		Run run = active;
		if (run != null) {
			run.created.add(task);
		}
	}

	/** Something the simulation does at a moment: list a candidate, answer a task, post a deal. */
	private record Planned(Instant at, long order, Runnable action) {
	}

	private final class Run {

		private final SimulationSettings settings;

		private final Instant start;

		private final Instant end;

		private final PriorityQueue<Planned> agenda = new PriorityQueue<>(
				Comparator.comparing(Planned::at).thenComparingLong(Planned::order));

		private final Map<String, SimulatedPartner> byReference = new HashMap<>();

		/** The reference of each partner listed, by its number. */
		private final Map<Integer, String> references = new HashMap<>();

		private final Map<String, List<String>> groupsOfUser = new HashMap<>();

		private final Map<String, String> referenceOfInstance = new HashMap<>();

		/** Tasks the engine created since the last look, as {@link #taskCreated} heard of them. */
		private final Queue<TaskEvent> created = new ConcurrentLinkedQueue<>();

		private final Map<String, List<String>> membersOfGroup = new HashMap<>();

		private final List<String> recruiters;

		/** The partners of today's work: their stories end at the end of the period, their tasks open. */
		private final List<SimulatedPartner> todaysWork;

		private final long startedAt = System.nanoTime();

		private final long runningBefore;

		private long order;

		private int listed;

		private long tasksCompleted;

		private long jobsExecuted;

		private long jobFailures;

		private long answersRefused;

		private int refused;

		Run(SimulationSettings settings, Instant start) {
			this.settings = settings;
			this.start = start;
			this.end = start.plus(Duration.ofDays(settings.days()));
			List<String> members = members(Groups.RECRUITERS);
			this.recruiters = members.isEmpty() ? List.of("simulator") : members;
			this.runningBefore = runningLifecycles();
			this.todaysWork = settings.openWork()
					? TodaysWork.partners(settings, startDay(), settings.partners(), recruiters)
					: List.of();
		}

		private long startDay() {
			return start.getEpochSecond() / 86_400;
		}

		Progress go(Duration every, Consumer<Progress> progress) {
			for (int number = 0; number < settings.partners(); number++) {
				SimulatedPartner partner = SimulatedPartner.draw(settings, startDay(), number, recruiters);
				plan(start.plus(partner.listedAfter()), () -> list(partner));
			}
			for (SimulatedPartner partner : todaysWork) {
				Instant listed = TodaysWork.Story.before(end, partner.story().listed(), random(partner, "listed"));
				if (!listed.isBefore(start)) { // a period too short for the story leaves it out
					plan(listed, () -> list(partner));
				}
			}
			long lastReport = System.nanoTime();
			Instant now = start;
			while (true) {
				Instant next = nextMoment();
				if (next == null || !next.isBefore(end)) {
					break;
				}
				now = next.isAfter(now) ? next : now;
				Instant horizon = now.truncatedTo(ChronoUnit.HOURS).plus(STEP);
				step(horizon);
				now = horizon;
				if (System.nanoTime() - lastReport >= every.toNanos()) {
					progress.accept(progress(now, false));
					lastReport = System.nanoTime();
				}
			}
			Progress done = progress(end, true);
			progress.accept(done);
			return done;
		}

		/** Everything due before the horizon, in time order, and what it starts, then the new tasks. */
		private void step(Instant horizon) {
			boolean more = true;
			while (more) {
				clock.moveTo(horizon);
				List<Job> due = management.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 500);
				int j = 0;
				more = false;
				// jobs in due order, interleaved with the agenda; the jobs the actions make run in the next round
				while (j < due.size() || (!agenda.isEmpty() && agenda.peek().at().isBefore(horizon))) {
					Job job = j < due.size() ? due.get(j) : null;
					Instant jobAt = job == null ? null : moment(job);
					Planned planned = agenda.isEmpty() || !agenda.peek().at().isBefore(horizon) ? null : agenda.peek();
					if (job != null && (planned == null || !jobAt.isAfter(planned.at()))) {
						execute(job, jobAt);
						j++;
					}
					else {
						agenda.poll();
						clock.moveTo(planned.at());
						act(planned);
					}
					more = true;
				}
				if (more) {
					answerNewTasks();
				}
			}
		}

		/** One person's action; one that goes wrong is counted and told, and the simulation goes on. */
		private void act(Planned planned) {
			try {
				planned.action().run();
			}
			catch (RuntimeException failed) {
				answersRefused++;
				log.warn("A simulated action at {} failed: {}", planned.at(), failed.toString());
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

		private Instant nextMoment() {
			Instant planned = agenda.isEmpty() ? null : agenda.peek().at();
			List<Job> timers = management.createJobQuery()
				.withRetriesLeft()
				.duedateHigherThan(new Date(0))
				.orderByJobDuedate()
				.asc()
				.listPage(0, 1);
			Instant timer = timers.isEmpty() ? null : timers.get(0).getDuedate().toInstant();
			if (planned == null) {
				return timer;
			}
			return timer == null || planned.isBefore(timer) ? planned : timer;
		}

		private void list(SimulatedPartner simulated) {
			try {
				Partner partner = recruitments.start(simulated.candidate(), simulated.recruiter());
				byReference.put(partner.getReference(), simulated);
				references.put(simulated.number(), partner.getReference());
				listed++;
			}
			catch (DuplicatePartnerException listedBefore) {
				// the same seed ran on this database before: its candidates are listed already
				refused++;
			}
		}

		/** Gives each task that appeared since the last look its answer, if its people will answer it. */
		private void answerNewTasks() {
			List<TaskEvent> fresh = new ArrayList<>();
			for (TaskEvent task; (task = created.poll()) != null;) {
				fresh.add(task);
			}
			resolveReferences(fresh);
			for (TaskEvent task : fresh) {
				SimulatedPartner partner = byReference.get(referenceOfInstance.get(task.getProcessInstanceId()));
				if (partner == null) {
					continue; // a task of a partner this run did not list, or of a rolled back step
				}
				if (partner.story() != null && leftOpen(task, partner)) {
					continue; // today's work, for the people who log in
				}
				String key = task.getTaskDefinitionKey();
				SplittableRandom random = random(partner, key + task.getAssignee());
				Instant appeared = task.getCreateTime().toInstant();
				Instant storyMoment = partner.story() == null ? null : storyMoment(task, partner, appeared);
				Optional<TaskBehaviour.Answer> answer = TaskBehaviour.answer(key, partner, random, appeared, storyMoment);
				answer.ifPresent(a -> {
					Instant at = appeared.plus(a.after());
					plan(at, () -> complete(task, partner, a.form()));
					if (key.equals(RecruitmentProcess.SIGN_CONTRACT) && partner.performs()) {
						planDeals(partner, at, random);
					}
				});
				if (key.equals(RecruitmentProcess.RECORD_APPLICATION_FILE) && partner.sendsApplication()
						&& partner.applicationThroughApi()) {
					Instant drawn = appeared.plus(TaskBehaviour.days(random, 3, 40));
					plan(storyMoment != null ? storyMoment : drawn, () -> sendApplication(partner));
				}
			}
		}

		/** A task today's work leaves open: one its story names so, or a ballot of a member who has not voted. */
		private boolean leftOpen(TaskEvent task, SimulatedPartner partner) {
			TodaysWork.Story story = partner.story();
			String key = task.getTaskDefinitionKey();
			return story.open().contains(key) || key.equals(CommitteeVoteProcess.CAST_VOTE)
					&& story.answered(key).isPresent() && voter(task) >= story.voters();
		}

		/**
		 * When the story has the task answered (a member's vote an hour after the one before), never
		 * before the task appeared; null when the story leaves it to the usual behaviour.
		 */
		private Instant storyMoment(TaskEvent task, SimulatedPartner partner, Instant appeared) {
			String key = task.getTaskDefinitionKey();
			return partner.story().answered(key).map(ago -> {
				Instant at = TodaysWork.Story.before(end, ago, random(partner, "at " + key));
				if (key.equals(CommitteeVoteProcess.CAST_VOTE)) {
					at = at.plus(Duration.ofHours(voter(task)));
				}
				return at.isAfter(appeared) ? at : appeared.plus(Duration.ofMinutes(10));
			}).orElse(null);
		}

		/** The place of the ballot's member in the committee, by user id. */
		private int voter(TaskEvent task) {
			return members(Groups.COMMITTEE).indexOf(task.getAssignee());
		}

		private SplittableRandom random(SimulatedPartner partner, String what) {
			return new SplittableRandom(Seeds.mix(settings.seed(), partner.number(), what));
		}

		private void resolveReferences(List<TaskEvent> fresh) {
			Set<String> unknown = new HashSet<>();
			fresh.stream()
				.map(TaskEvent::getProcessInstanceId)
				.filter(id -> id != null && !referenceOfInstance.containsKey(id))
				.forEach(unknown::add);
			if (!unknown.isEmpty()) {
				for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(unknown).list()) {
					referenceOfInstance.put(instance.getId(), instance.getBusinessKey());
				}
			}
		}

		private void planDeals(SimulatedPartner partner, Instant signed, SplittableRandom random) {
			Instant deal = signed.plus(partner.firstDealAfterSignature());
			for (int n = 0; n <= partner.extraDeals(); n++) {
				long amount = 5_000 + random.nextLong(120_000);
				plan(deal, () -> postDeal(partner, amount));
				deal = deal.plus(TaskBehaviour.days(random, 20, 90));
			}
		}

		private void complete(TaskEvent task, SimulatedPartner partner, Map<String, Object> form) {
			if (tasks.createTaskQuery().taskId(task.getId()).count() == 0) {
				return; // the task ended meanwhile (a deadline passed, the committee's outcome became certain)
			}
			String user = userFor(task, partner);
			identity.setAuthentication(user, groupsOfUser.computeIfAbsent(user,
					u -> identity.createGroupQuery().groupMember(u).list().stream().map(Group::getId).toList()));
			try {
				forms.submitTaskForm(task.getId(), form);
				tasksCompleted++;
			}
			catch (ProcessEngineException refused) {
				answersRefused++;
				log.warn("The form of {} for partner {} was refused: {}", task.getTaskDefinitionKey(),
						referenceOf(partner), refused.getMessage());
			}
			finally {
				identity.clearAuthentication();
			}
		}

		private void sendApplication(SimulatedPartner partner) {
			String reference = referenceOf(partner);
			try {
				recruitments.submitApplication(reference, partner.applicationFile(), partner.recruiter());
			}
			catch (RuntimeException late) {
				// the application lapsed before the file came: the API answers 409 to the partner
				log.debug("Application of {} refused: {}", reference, late.getMessage());
			}
		}

		private void postDeal(SimulatedPartner partner, long amount) {
			String reference = referenceOf(partner);
			try {
				deals.record(reference, "Customer of " + partner.candidate().company(), BigDecimal.valueOf(amount),
						LocalDate.now(clock), partner.recruiter());
			}
			catch (RuntimeException refused) {
				// the partner exited before this deal: the API answers 409
				log.debug("Deal of {} refused: {}", reference, refused.getMessage());
			}
		}

		private String referenceOf(SimulatedPartner partner) {
			return references.get(partner.number());
		}

		/** The assignee, the partner's recruiter for the recruiters' tasks, else a member of the task's group. */
		private String userFor(TaskEvent task, SimulatedPartner partner) {
			if (task.getAssignee() != null) {
				return task.getAssignee();
			}
			for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
				if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
					if (link.getGroupId().equals(Groups.RECRUITERS)) {
						return partner.recruiter();
					}
					List<String> members = members(link.getGroupId());
					if (!members.isEmpty()) {
						return members.get(partner.number() % members.size());
					}
				}
			}
			return partner.recruiter();
		}

		private List<String> members(String group) {
			return membersOfGroup.computeIfAbsent(group,
					g -> identity.createUserQuery().memberOfGroup(g).orderByUserId().asc().list().stream()
						.map(User::getId)
						.toList());
		}

		private void plan(Instant at, Runnable action) {
			agenda.add(new Planned(at, order++, action));
		}

		private long runningLifecycles() {
			return runtime.createProcessInstanceQuery()
				.processDefinitionKeyIn(RecruitmentProcess.KEY, OnboardingProcess.KEY)
				.count();
		}

		private Progress progress(Instant now, boolean finished) {
			long running = runningLifecycles() - runningBefore;
			return new Progress(settings.partners(), listed, refused, Math.max(0, listed - running),
					Duration.between(start, now).toDays(), settings.days(),
					Duration.ofNanos(System.nanoTime() - startedAt), tasksCompleted, jobsExecuted, jobFailures,
					answersRefused, finished);
		}

	}

}
