package io.partnerflow.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import io.partnerflow.committee.CommitteeVoteProcess;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.simulation.CreatedTasks.CreatedTask;
import io.partnerflow.simulation.LifecycleSimulator.Progress;
import io.partnerflow.system.Groups;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * One run of the simulator: its partners drawn and listed at their moments, each task that appears
 * answered as its people would ({@link TaskBehaviour}) or left open for today's work
 * ({@link TodaysWork}), and its figures. Time advances in steps of at most an hour of simulated time.
 */
final class SimulationRun {

	private static final Duration STEP = Duration.ofHours(1);

	private final SimulationSettings settings;

	private final Instant start;

	private final Instant end;

	private final Agenda agenda;

	private final People people;

	private final RuntimeService runtime;

	/** Tasks the engine created since the last look ({@link CreatedTasks}). */
	private final Queue<CreatedTask> created;

	private final Map<String, String> referenceOfInstance = new HashMap<>();

	private final List<String> recruiters;

	/** The leads of the run, and the lead cell's and pre-sales' answers to their tasks. */
	private final SimulatedLeads leads;

	/** The partners of today's work: their stories end at the end of the period, their tasks open. */
	private final List<SimulatedPartner> todaysWork;

	private final long startedAt = System.nanoTime();

	private final long runningBefore;

	SimulationRun(SimulationSettings settings, Instant start, Agenda agenda, People people, SimulatedLeads leads,
			RuntimeService runtime, Queue<CreatedTask> created) {
		this.leads = leads;
		this.settings = settings;
		this.start = start;
		this.end = start.plus(Duration.ofDays(settings.days()));
		this.agenda = agenda;
		this.people = people;
		this.runtime = runtime;
		this.created = created;
		List<String> members = people.members(Groups.RECRUITERS);
		this.recruiters = members.isEmpty() ? List.of("simulator") : members;
		this.runningBefore = runningLifecycles();
		this.todaysWork = settings.openWork()
				? TodaysWork.partners(settings, startDay(), settings.partners(), recruiters)
				: List.of();
	}

	Progress go(Duration every, Consumer<Progress> progress) {
		for (int number = 0; number < settings.partners(); number++) {
			SimulatedPartner partner = SimulatedPartner.draw(settings, startDay(), number, recruiters);
			agenda.plan(start.plus(partner.listedAfter()), () -> people.list(partner));
		}
		for (SimulatedPartner partner : todaysWork) {
			Instant listed = TodaysWork.Story.before(end, partner.story().listed(), random(partner, "listed"));
			if (!listed.isBefore(start)) { // a period too short for the story leaves it out
				agenda.plan(listed, () -> people.list(partner));
			}
		}
		leads.plan(start, end);
		if (settings.openWork()) {
			leads.todays(end);
		}
		long lastReport = System.nanoTime();
		Instant now = start;
		while (true) {
			Instant next = agenda.next();
			if (next == null || !next.isBefore(end)) {
				break;
			}
			now = next.isAfter(now) ? next : now;
			Instant horizon = now.truncatedTo(ChronoUnit.HOURS).plus(STEP);
			agenda.step(horizon, this::answerNewTasks);
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

	private long startDay() {
		return start.getEpochSecond() / 86_400;
	}

	/** Gives each task that appeared since the last look its answer, if its people will answer it. */
	private void answerNewTasks() {
		List<CreatedTask> fresh = new ArrayList<>();
		for (CreatedTask task; (task = created.poll()) != null;) {
			fresh.add(task);
		}
		resolveReferences(fresh);
		for (CreatedTask task : fresh) {
			String reference = referenceOfInstance.get(task.processInstanceId());
			if (leads.owns(reference)) {
				leads.answer(task, reference);
				continue;
			}
			SimulatedPartner partner = people.listedAs(reference);
			if (partner == null) {
				continue; // a task of a partner this run did not list, or of a rolled back step
			}
			if (partner.story() != null && leftOpen(task, partner)) {
				continue; // today's work, for the people who log in
			}
			String key = task.taskDefinitionKey();
			SplittableRandom random = random(partner, key + task.assignee());
			Instant appeared = task.createTime();
			Instant storyMoment = partner.story() == null ? null : storyMoment(task, partner, appeared);
			Optional<TaskBehaviour.Answer> answer = TaskBehaviour.answer(key, partner, random, appeared, storyMoment);
			answer.ifPresent(a -> {
				Instant at = appeared.plus(a.after());
				agenda.plan(at, () -> people.complete(task, partner, a.form()));
				if (key.equals(RecruitmentProcess.SIGN_CONTRACT) && partner.performs()) {
					planDeals(partner, at, random);
				}
			});
			if (key.equals(RecruitmentProcess.RECORD_APPLICATION_FILE) && partner.sendsApplication()
					&& partner.applicationThroughApi()) {
				Instant drawn = appeared.plus(TaskBehaviour.days(random, 3, 40));
				agenda.plan(storyMoment != null ? storyMoment : drawn, () -> people.sendApplication(partner));
			}
		}
	}

	/** A task today's work leaves open: one its story names so, or a ballot of a member who has not voted. */
	private boolean leftOpen(CreatedTask task, SimulatedPartner partner) {
		TodaysWork.Story story = partner.story();
		String key = task.taskDefinitionKey();
		return story.open().contains(key) || key.equals(CommitteeVoteProcess.CAST_VOTE)
				&& story.answered(key).isPresent() && voter(task) >= story.voters();
	}

	/**
	 * When the story has the task answered (a member's vote an hour after the one before), never
	 * before the task appeared; null when the story leaves it to the usual behaviour.
	 */
	private Instant storyMoment(CreatedTask task, SimulatedPartner partner, Instant appeared) {
		String key = task.taskDefinitionKey();
		return partner.story().answered(key).map(ago -> {
			Instant at = TodaysWork.Story.before(end, ago, random(partner, "at " + key));
			if (key.equals(CommitteeVoteProcess.CAST_VOTE)) {
				at = at.plus(Duration.ofHours(voter(task)));
			}
			return at.isAfter(appeared) ? at : appeared.plus(Duration.ofMinutes(10));
		}).orElse(null);
	}

	/** The place of the ballot's member in the committee, by user id. */
	private int voter(CreatedTask task) {
		return people.members(Groups.COMMITTEE).indexOf(task.assignee());
	}

	private SplittableRandom random(SimulatedPartner partner, String what) {
		return new SplittableRandom(Seeds.mix(settings.seed(), partner.number(), what));
	}

	private void resolveReferences(List<CreatedTask> fresh) {
		Set<String> unknown = new HashSet<>();
		fresh.stream()
			.map(CreatedTask::processInstanceId)
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
			agenda.plan(deal, () -> people.postDeal(partner, amount));
			deal = deal.plus(TaskBehaviour.days(random, 20, 90));
		}
	}

	private long runningLifecycles() {
		return runtime.createProcessInstanceQuery()
			.processDefinitionKeyIn(RecruitmentProcess.KEY, OnboardingProcess.KEY)
			.count();
	}

	private Progress progress(Instant now, boolean finished) {
		long running = runningLifecycles() - runningBefore;
		return new Progress(settings.partners(), people.listed(), people.alreadyListed(),
				Math.max(0, people.listed() - running), Duration.between(start, now).toDays(), settings.days(),
				Duration.ofNanos(System.nanoTime() - startedAt), people.tasksCompleted(), agenda.jobsExecuted(),
				agenda.jobFailures(), people.formsRefused() + agenda.actionsFailed(), finished);
	}

}
