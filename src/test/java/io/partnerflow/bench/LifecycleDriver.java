package io.partnerflow.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import io.partnerflow.committee.CommitteeVoteProcess;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.recruitment.ApplicationFileData;
import io.partnerflow.recruitment.RecruitmentProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Takes partners through their whole lifecycle on one engine, PartnerFlow's or the bare one, the
 * same way on both: every candidate is eligible and interested, sends its application file, the
 * five committee members approve, legal signs, the five actions of the 100-day plan are done, the
 * first deal comes while the plan runs, day 100 passes and the recruiter finds the partner
 * autonomous: the partner ends active. The driver executes the jobs itself (no job executor), on
 * {@code threads} workers, each partner's work on one worker at a time (as the job executor's
 * exclusive jobs would), and moves the engine's clock to the next timer when nothing else is left.
 */
final class LifecycleDriver implements AutoCloseable {

	/** What differs between the two engines: how a partner is listed, how a deal is told, who submits a form. */
	interface Side {

		ProcessEngine engine();

		/** Lists the candidate {@code number} of the run and starts its recruitment; the business key. */
		String list(int number);

		/** The partner's first deal, told to its running plan. */
		void firstDeal(String reference, LocalDate signedOn);

		/** Submits the task's form as the person whose task it is. */
		void submit(Task task, Map<String, Object> form);

	}

	/** A run: how many partners in how long, with how much processor time, and what the engine did. */
	record Run(int partners, double seconds, double cpuSeconds, long tasks, long jobs, long activities, long active) {

		double partnersPerSecond() {
			return partners / seconds;
		}

	}

	private static final int PAGE = 2_000;

	private final Side side;

	private final ExecutorService workers;

	private final Map<String, String> referenceOfInstance = new ConcurrentHashMap<>();

	private final Set<String> dealt = ConcurrentHashMap.newKeySet();

	private final Queue<String> failures = new ConcurrentLinkedQueue<>();

	private final AtomicLong tasks = new AtomicLong();

	private final AtomicLong jobs = new AtomicLong();

	LifecycleDriver(Side side, int threads) {
		this.side = side;
		this.workers = Executors.newFixedThreadPool(threads);
	}

	/** Lists {@code partners} candidates at {@code start} and runs them to the end of their lifecycle. */
	Run run(int partners, Instant start) throws InterruptedException {
		ProcessEngine engine = side.engine();
		ManagementService management = engine.getManagementService();
		long activitiesBefore = engine.getHistoryService().createHistoricActivityInstanceQuery().count();
		long activeBefore = endedActive(engine);
		long tasksBefore = tasks.get();
		long jobsBefore = jobs.get();
		ClockUtil.setCurrentTime(Date.from(start));
		long cpu = processCpuNanos();
		long began = System.nanoTime();
		List<List<Runnable>> listings = new ArrayList<>();
		for (int number = 0; number < partners; number++) {
			int n = number;
			listings.add(List.of(() -> side.list(n)));
		}
		work(listings);
		while (true) {
			// the partners' jobs only: the engine's housekeeping (PartnerFlow's nightly history cleanup, which
			// the bare engine has no window for) is not the lifecycle, and it is due again every night
			List<Job> due = management.createJobQuery().executable().listPage(0, PAGE).stream()
				.filter(job -> job.getProcessInstanceId() != null)
				.toList();
			List<Task> open = engine.getTaskService().createTaskQuery().listPage(0, PAGE);
			if (due.isEmpty() && open.isEmpty()) {
				Optional<Job> later = management.createJobQuery()
					.withRetriesLeft()
					.duedateHigherThan(ClockUtil.getCurrentTime())
					.orderByJobDuedate()
					.asc()
					.listPage(0, PAGE)
					.stream()
					.filter(job -> job.getProcessInstanceId() != null)
					.findFirst();
				if (later.isEmpty()) {
					break;
				}
				ClockUtil.setCurrentTime(later.get().getDuedate());
				continue;
			}
			resolve(engine, due, open);
			Map<String, List<Runnable>> byPartner = new LinkedHashMap<>();
			for (Job job : due) {
				byPartner.computeIfAbsent(referenceOf(job.getProcessInstanceId()), none -> new ArrayList<>())
					.add(() -> execute(management, job));
			}
			for (Task task : open) {
				String reference = referenceOf(task.getProcessInstanceId());
				byPartner.computeIfAbsent(reference, none -> new ArrayList<>()).add(() -> answer(task, reference));
			}
			work(byPartner.values());
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
		long running = engine.getRuntimeService().createProcessInstanceQuery().count();
		if (!failures.isEmpty() || running > 0) {
			throw new IllegalStateException("%s: %d process instances left running, %d failures, the first: %s"
				.formatted(engine.getName(), running, failures.size(), failures.stream().limit(5).toList()));
		}
		return new Run(partners, seconds, cpuSeconds, tasks.get() - tasksBefore, jobs.get() - jobsBefore,
				engine.getHistoryService().createHistoricActivityInstanceQuery().count() - activitiesBefore,
				endedActive(engine) - activeBefore);
	}

	/** The form each task of the lifecycle gets, on the day it is submitted. */
	static Map<String, Object> form(String taskKey, LocalDate today) {
		Map<String, Object> form = new HashMap<>();
		switch (taskKey) {
			case RecruitmentProcess.APPROACH_CANDIDATE -> {
				form.put(RecruitmentProcess.MEETING_DATE, today.toString());
				form.put(RecruitmentProcess.AVERAGE_DEAL_MARGIN, 4_000);
				form.put(RecruitmentProcess.EXPECTED_REVENUE_3_YEARS, 900_000);
				form.put(RecruitmentProcess.EXPECTED_ROI, 35);
				form.put(RecruitmentProcess.CANDIDATE_INTERESTED, RecruitmentProcess.INTERESTED_YES);
			}
			case RecruitmentProcess.RECORD_APPLICATION_FILE -> form.putAll(new ApplicationFileData(
					"Our customers ask for the offer", "Six sales people, four technicians", "Our installed base",
					"Bundle the offer with our services", "A leader of its market in its region", "About 1 MEUR in three years")
				.variables());
			case CommitteeVoteProcess.CAST_VOTE -> {
				form.put(CommitteeVoteProcess.VOTE, "APPROVE");
				form.put(CommitteeVoteProcess.VOTE_COMMENT, "Solid file, strong references");
			}
			case RecruitmentProcess.SIGN_CONTRACT -> {
				form.put(RecruitmentProcess.CONTRACT_TYPE, "RESALE");
				form.put(RecruitmentProcess.BUSINESS_PLAN_ANNEXED, true);
				form.put(RecruitmentProcess.CONTRACT_SIGNED_ON, today.toString());
			}
			case OnboardingProcess.TRAIN_SALES_PEOPLE -> {
				form.put(OnboardingProcess.VAR_SALES_PEOPLE_TRAINED, 4);
				form.put(OnboardingProcess.VAR_SALES_PEOPLE_CERTIFIED, 3);
			}
			case OnboardingProcess.TRAIN_TECHNICIANS -> {
				form.put(OnboardingProcess.VAR_TECHNICIANS_TRAINED, 3);
				form.put(OnboardingProcess.VAR_TECHNICIANS_CERTIFIED, 2);
			}
			case OnboardingProcess.SIGN_BUSINESS_PLAN -> {
				form.put(OnboardingProcess.VAR_BUSINESS_PLAN_SIGNED_ON, today.toString());
				form.put(OnboardingProcess.VAR_YEARLY_OBJECTIVES, "Ten deals and 400 kEUR in the first year");
				form.put(OnboardingProcess.VAR_MEANS_TO_REACH_THEM, "Two certified sales people, a joint event");
			}
			case OnboardingProcess.RUN_LEAD_CAMPAIGN -> {
				form.put(OnboardingProcess.VAR_CAMPAIGN_SUMMARY, "Mailing and webinar for the partner's region");
			}
			case OnboardingProcess.SUPPORT_FIRST_VISITS -> {
				form.put(OnboardingProcess.VAR_CUSTOMER_VISITS_DONE, 3);
				form.put(OnboardingProcess.VAR_VISITS_SUMMARY, "Joint visits with the partner's sales people");
			}
			case OnboardingProcess.REVIEW_AUTONOMY -> {
				form.put(OnboardingProcess.VAR_COMMERCIALLY_AUTONOMOUS, "yes");
				form.put(OnboardingProcess.VAR_COMMERCIAL_AUTONOMY_COMMENT, "Sells alone");
				form.put(OnboardingProcess.VAR_TECHNICALLY_AUTONOMOUS, "yes");
				form.put(OnboardingProcess.VAR_TECHNICAL_AUTONOMY_COMMENT, "Installs alone");
			}
			default -> throw new IllegalStateException("The lifecycle of the benchmark has no task " + taskKey);
		}
		return form;
	}

	private void answer(Task task, String reference) {
		if (side.engine().getTaskService().createTaskQuery().taskId(task.getId()).count() == 0) {
			return; // ended since the round began; the path check at the end tells if a partner strayed
		}
		LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
		if (task.getProcessDefinitionId().startsWith(OnboardingProcess.KEY + ":") && dealt.add(reference)) {
			side.firstDeal(reference, today);
		}
		side.submit(task, form(task.getTaskDefinitionKey(), today));
		tasks.incrementAndGet();
	}

	private void execute(ManagementService management, Job job) {
		if (management.createJobQuery().jobId(job.getId()).count() == 0) {
			return; // an earlier job ended it: the committee's outcome became certain, a task was done
		}
		for (int attempt = 1;; attempt++) {
			try {
				management.executeJob(job.getId());
				jobs.incrementAndGet();
				return;
			}
			catch (OptimisticLockingException concurrent) {
				if (attempt == 3) {
					throw concurrent;
				}
			}

		}
	}

	/** Runs each list of steps on a worker, in its order; a failed step is kept and ends its list. */
	private void work(Collection<List<Runnable>> lists) throws InterruptedException {
		List<Callable<Void>> calls = new ArrayList<>();
		for (List<Runnable> steps : lists) {
			calls.add(() -> {
				try {
					steps.forEach(Runnable::run);
				}
				catch (RuntimeException failed) {
					failures.add(failed.toString());
				}
				return null;
			});
		}
		workers.invokeAll(calls);
	}

	private void resolve(ProcessEngine engine, List<Job> due, List<Task> open) {
		Set<String> unknown = new HashSet<>();
		due.forEach(job -> unknown.add(job.getProcessInstanceId()));
		open.forEach(task -> unknown.add(task.getProcessInstanceId()));
		unknown.removeAll(referenceOfInstance.keySet());
		unknown.remove(null);
		if (!unknown.isEmpty()) {
			for (ProcessInstance instance : engine.getRuntimeService()
				.createProcessInstanceQuery()
				.processInstanceIds(unknown)
				.list()) {
				if (instance.getBusinessKey() != null) {
					referenceOfInstance.put(instance.getId(), instance.getBusinessKey());
				}
			}
		}
	}

	private String referenceOf(String processInstanceId) {
		return processInstanceId == null ? "" : referenceOfInstance.getOrDefault(processInstanceId, processInstanceId);
	}

	private static long endedActive(ProcessEngine engine) {
		return engine.getHistoryService()
			.createHistoricActivityInstanceQuery()
			.activityId(OnboardingProcess.END_PARTNER_ACTIVE)
			.count();
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * The activities two engines did a different number of times, with both numbers: none when
	 * they took their partners along the same path.
	 */
	static Map<String, String> pathDifferences(ProcessEngine one, ProcessEngine other) {
		Map<String, Long> ones = activityCounts(one);
		Map<String, Long> others = activityCounts(other);
		Map<String, String> differences = new TreeMap<>();
		Set<String> activities = new HashSet<>(ones.keySet());
		activities.addAll(others.keySet());
		for (String activity : activities) {
			long a = ones.getOrDefault(activity, 0L);
			long b = others.getOrDefault(activity, 0L);
			if (a != b) {
				differences.put(activity, a + ", " + b);
			}
		}
		return differences;
	}

	private static Map<String, Long> activityCounts(ProcessEngine engine) {
		return engine.getHistoryService()
			.createHistoricActivityInstanceQuery()
			.list()
			.stream()
			.collect(Collectors.groupingBy(HistoricActivityInstance::getActivityId, Collectors.counting()));
	}

	@Override
	public void close() {
		workers.shutdownNow();
	}

}
