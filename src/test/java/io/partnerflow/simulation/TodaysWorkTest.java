package io.partnerflow.simulation;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.recruitmentplan.PlanStatus;
import io.partnerflow.recruitmentplan.RecruitmentPlan;
import io.partnerflow.recruitmentplan.RecruitmentPlanProcess;
import io.partnerflow.recruitmentplan.RecruitmentPlans;
import io.partnerflow.system.Groups;
import io.partnerflow.committee.CommitteeVoteProcess;
import io.partnerflow.exitreview.ExitReviewProcess;
import io.partnerflow.leads.LeadProcess;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.support.ApiClient;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's first start ends with today's work: each demo user, through its own rights, finds open
 * tasks of partners at a realistic step of their story (earlier steps done, deadlines ahead); a
 * committee member sees only its own ballots; a second start adds nothing.
 */
@IntegrationTest
class TodaysWorkTest {

	/** A period of its own, ending on 2016-05-31: no other test lists partners then. */
	private static final LocalDate FIRST_DAY = LocalDate.of(2015, 6, 1);

	private static final int DAYS = 365;

	private static final Instant END = FIRST_DAY.plusDays(DAYS).atStartOfDay(ZoneOffset.UTC).toInstant();

	private static final long SEED = 42;

	/** The demo users (README, "Demo users") and the tasks each finds open, as its own or its group's. */
	private static final Map<String, Set<String>> WORK_OF = Map.of(
			"rita", Set.of(RecruitmentProcess.APPROACH_CANDIDATE),
			"raoul", Set.of(RecruitmentProcess.APPROACH_CANDIDATE, OnboardingProcess.SUPPORT_FIRST_VISITS),
			"claire", Set.of(CommitteeVoteProcess.CAST_VOTE, CommitteeVoteProcess.DECIDE_AS_CHAIR),
			"carl", Set.of(CommitteeVoteProcess.CAST_VOTE),
			"cora", Set.of(CommitteeVoteProcess.CAST_VOTE),
			"mona", Set.of(ExitReviewProcess.REVIEW_PARTNERSHIP),
			"mark", Set.of(OnboardingProcess.RUN_LEAD_CAMPAIGN),
			"tess", Set.of(OnboardingProcess.TRAIN_SALES_PEOPLE, OnboardingProcess.TRAIN_TECHNICIANS,
					OnboardingProcess.REACH_INTEGRATION_MILESTONE),
			"leo", Set.of(OnboardingProcess.MEET_PARTNER_CEO),
			"luc", Set.of(RecruitmentProcess.SIGN_CONTRACT));

	/** Where the partner of each kind of task left open by today's work is in its lifecycle. */
	private static final Map<String, PartnerStatus> STATUS_AT = Map.ofEntries(
			Map.entry(RecruitmentProcess.APPROACH_CANDIDATE, PartnerStatus.CANDIDATE),
			Map.entry(RecruitmentProcess.RECORD_APPLICATION_FILE, PartnerStatus.APPLICATION_REQUESTED),
			Map.entry(CommitteeVoteProcess.CAST_VOTE, PartnerStatus.IN_COMMITTEE),
			Map.entry(CommitteeVoteProcess.DECIDE_AS_CHAIR, PartnerStatus.IN_COMMITTEE),
			Map.entry(RecruitmentProcess.SIGN_CONTRACT, PartnerStatus.APPROVED),
			Map.entry(OnboardingProcess.TRAIN_SALES_PEOPLE, PartnerStatus.ONBOARDING),
			Map.entry(OnboardingProcess.TRAIN_TECHNICIANS, PartnerStatus.ONBOARDING),
			Map.entry(OnboardingProcess.SIGN_BUSINESS_PLAN, PartnerStatus.ONBOARDING),
			Map.entry(OnboardingProcess.RUN_LEAD_CAMPAIGN, PartnerStatus.ONBOARDING),
			Map.entry(OnboardingProcess.SUPPORT_FIRST_VISITS, PartnerStatus.ONBOARDING),
			Map.entry(OnboardingProcess.REACH_INTEGRATION_MILESTONE, PartnerStatus.ONBOARDING),
			Map.entry(OnboardingProcess.MEET_PARTNER_CEO, PartnerStatus.ONBOARDING),
			Map.entry(OnboardingProcess.REVIEW_AUTONOMY, PartnerStatus.ONBOARDING),
			Map.entry(ExitReviewProcess.REVIEW_PARTNERSHIP, PartnerStatus.EXIT_REVIEW));

	@LocalServerPort
	int port;

	@Autowired
	LifecycleSimulator simulator;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	@Autowired
	ManagementService managementService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecruitmentPlans plans;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	LoggingSystem logging;

	/** The demo's settings with fewer partners: a year of candidates listed in its first 120 days, and today's work. */
	final SimulationSettings demo = new SimulationSettings(12, SEED, DAYS, 120, FIRST_DAY, true, false, 0.6, 0.33, 0.1,
			0.8, true);

	@Test
	void theFirstStartLeavesEachDemoUserTodaysWorkAndEachMemberOnlyItsOwnBallots() throws Exception {
		// when the demo's first start simulates its year
		LifecycleSimulator.Progress run = simulator.run(demo, Duration.ofMinutes(1), progress -> {
		});
		assertThat(run.answersRefused()).isZero();
		assertThat(run.jobFailures()).isZero();
		Set<String> references = references();

		// then each demo user finds open tasks of its own or of its groups, through its own rights
		for (Map.Entry<String, Set<String>> user : WORK_OF.entrySet()) {
			List<Task> work = workOf(user.getKey(), references);
			assertThat(work).as("open tasks of %s", user.getKey())
				.extracting(Task::getTaskDefinitionKey)
				.containsAll(user.getValue());
		}
		// and the lead cell finds leads to pass to a partner and one that came back, due after today
		Set<String> leads = leads();
		List<Task> lenas = visibleTo("lena", query -> query.processInstanceBusinessKeyIn(leads.toArray(String[]::new))
			.taskCandidateGroup(Groups.LEADS)
			.listPage(0, 100));
		assertThat(lenas).as("open tasks of lena")
			.extracting(Task::getTaskDefinitionKey)
			.contains(LeadProcess.CONFIRM_PARTNER, LeadProcess.DECIDE_RETURNED_LEAD);
		assertThat(lenas).allSatisfy(task -> assertThat(task.getDueDate()).as(task.getName()).isAfter(Date.from(END)));
		assertThat(count(lenas, LeadProcess.CONFIRM_PARTNER)).isGreaterThanOrEqualTo(2);

		// and the leadership finds next year's recruitment plan to approve, this year's being approved
		int year = plans.currentYear();
		assertThat(visibleTo("leo", query -> query.processInstanceBusinessKey(RecruitmentPlan.businessKey(year + 1))
			.taskCandidateGroup(Groups.LEADERSHIP)
			.listPage(0, 10))).as("open tasks of leo")
			.extracting(Task::getTaskDefinitionKey)
			.containsExactly(RecruitmentPlanProcess.APPROVE_PLAN);
		assertThat(plans.get(year).getStatus()).isEqualTo(PlanStatus.APPROVED);
		assertThat(plans.get(year).partnersToSign()).isEqualTo(16);
		assertThat(plans.get(year + 1).getStatus()).isEqualTo(PlanStatus.SUBMITTED);
		// several candidates to approach for each recruiter, ballots on at least two applications for each member
		assertThat(count(workOf("rita", references), RecruitmentProcess.APPROACH_CANDIDATE)).isGreaterThanOrEqualTo(3);
		assertThat(count(workOf("raoul", references), RecruitmentProcess.APPROACH_CANDIDATE)).isGreaterThanOrEqualTo(3);
		for (String member : List.of("claire", "carl", "cora")) {
			assertThat(workOf(member, references).stream()
				.filter(task -> task.getTaskDefinitionKey().equals(CommitteeVoteProcess.CAST_VOTE))
				.map(Task::getProcessInstanceId)
				.distinct()).as("applications %s votes on", member).hasSizeGreaterThanOrEqualTo(2);
		}

		// and each open task is at a realistic step: the earlier ones done in the past, the deadlines ahead
		List<Task> open = taskService.createTaskQuery().processInstanceBusinessKeyIn(references.toArray(String[]::new)).list();
		assertThat(open).hasSizeGreaterThanOrEqualTo(25).allSatisfy(task -> {
			assertThat(task.getCreateTime()).as(task.getName()).isBefore(Date.from(END));
			if (task.getDueDate() != null) {
				assertThat(task.getDueDate()).as("due date of " + task.getName()).isAfter(Date.from(END));
			}
			String reference = businessKey(task);
			if (STATUS_AT.containsKey(task.getTaskDefinitionKey())) {
				assertThat(status(reference)).as("status of %s at %s", reference, task.getName())
					.isEqualTo(STATUS_AT.get(task.getTaskDefinitionKey()));
			}
			List<HistoricTaskInstance> done = historyService.createHistoricTaskInstanceQuery()
				.processInstanceBusinessKey(reference)
				.finished()
				.list();
			assertThat(done).as("steps %s has done", reference)
				.allSatisfy(step -> assertThat(step.getEndTime()).isBefore(Date.from(END)));
			if (!task.getTaskDefinitionKey().equals(RecruitmentProcess.APPROACH_CANDIDATE)) {
				assertThat(done).as("the approach before %s", task.getName())
					.anySatisfy(step -> {
						assertThat(step.getTaskDefinitionKey()).isEqualTo(RecruitmentProcess.APPROACH_CANDIDATE);
						assertThat(step.getEndTime()).isBeforeOrEqualTo(task.getCreateTime());
					});
			}
		});
		// and no timer of theirs is overdue: every reminder and deadline is still ahead
		assertThat(jobsOf(references)).isNotEmpty()
			.allSatisfy(job -> assertThat(job.getDuedate()).as("job of " + job.getProcessInstanceId()).isAfter(Date.from(END)));

		// and a committee member sees its own ballots only, in the engine and through the webapps' REST API
		Task carls = open.stream().filter(task -> "carl".equals(task.getAssignee())).findFirst().orElseThrow();
		for (String member : List.of("claire", "carl", "cora")) {
			assertThat(visibleTo(member, query -> query.taskDefinitionKey(CommitteeVoteProcess.CAST_VOTE).listPage(0, 2000)))
				.as("ballots %s sees", member)
				.isNotEmpty()
				.allSatisfy(ballot -> assertThat(ballot.getAssignee()).isEqualTo(member));
			JsonNode ballots = new ObjectMapper().readTree(new ApiClient(URI.create("http://localhost:" + port), member, member)
				.get("/engine-rest/task?taskDefinitionKey=" + CommitteeVoteProcess.CAST_VOTE + "&maxResults=2000")
				.body());
			assertThat(ballots.isArray()).isTrue();
			assertThat(ballots).as("ballots %s reads through /engine-rest", member)
				.isNotEmpty()
				.allSatisfy(ballot -> assertThat(ballot.get("assignee").asText()).isEqualTo(member));
		}
		assertThat(visibleTo("claire", query -> query.taskId(carls.getId()).listPage(0, 1))).as("carl's ballot, to claire").isEmpty();
		assertThat(visibleTo("rita", query -> query.taskDefinitionKey(CommitteeVoteProcess.CAST_VOTE).listPage(0, 2000)))
			.as("ballots a recruiter sees")
			.isEmpty();

		// when the demo starts a second time on this database
		long partnersBefore = jdbc.queryForObject("select count(*) from partner", Long.class);
		long tasksBefore = taskService.createTaskQuery().count();
		new SimulationRunner(demo.with(200, null, SEED), simulator, jdbc, context, logging)
			.run(new DefaultApplicationArguments());

		// then it adds nothing
		assertThat(jdbc.queryForObject("select count(*) from partner", Long.class)).isEqualTo(partnersBefore);
		assertThat(taskService.createTaskQuery().count()).isEqualTo(tasksBefore);
	}

	/** Ends this period's lifecycles and leads, so that no other test meets their tasks or runs their timers. */
	@AfterEach
	void endTheRunsLifecycles() {
		Set<String> keys = new java.util.HashSet<>(references());
		keys.addAll(leads());
		List<String> running = instancesOf(keys).stream()
			.filter(instance -> instance.getId().equals(instance.getRootProcessInstanceId()))
			.map(ProcessInstance::getId)
			.toList();
		if (!running.isEmpty()) {
			runtimeService.deleteProcessInstances(running, "test period over", true, true);
		}
	}

	/** Open tasks of these partners that {@code user} works on (its own, or its groups' unclaimed), read as that user. */
	private List<Task> workOf(String user, Set<String> references) {
		List<String> groups = groupsOf(user);
		return visibleTo(user, query -> query.processInstanceBusinessKeyIn(references.toArray(String[]::new))
			.or()
			.taskAssignee(user)
			.taskCandidateGroupIn(groups)
			.endOr()
			.listPage(0, 2000));
	}

	/**
	 * What the query finds with {@code user}'s rights: the engine checks its authorizations, and
	 * bounds the results as for a webapp's call (a page of at most 2,000).
	 */
	private List<Task> visibleTo(String user, Function<TaskQuery, List<Task>> query) {
		identityService.setAuthentication(user, groupsOf(user));
		try {
			return query.apply(taskService.createTaskQuery());
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	private List<String> groupsOf(String user) {
		return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
	}

	private static long count(List<Task> tasks, String key) {
		return tasks.stream().filter(task -> task.getTaskDefinitionKey().equals(key)).count();
	}

	/** The references of the leads of this period: recorded in it. */
	private Set<String> leads() {
		return Set.copyOf(jdbc.queryForList("select reference from sales_lead where recorded_at >= ? and recorded_at < ?",
				String.class, java.sql.Timestamp.from(FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant()),
				java.sql.Timestamp.from(END)));
	}

	/** The references of the partners of this period (their contact e-mails carry the seed and first day). */
	private Set<String> references() {
		String tag = "%-" + SEED + "-" + FIRST_DAY.toEpochDay() + "-%";
		return Set.copyOf(jdbc.queryForList("select reference from partner where contact_email like ?", String.class, tag));
	}

	private String businessKey(Task task) {
		return runtimeService.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult()
			.getBusinessKey();
	}

	private PartnerStatus status(String reference) {
		return PartnerStatus.valueOf(jdbc.queryForObject("select status from partner where reference = ?", String.class,
				reference));
	}

	/** The running instances of these partners, the called ones included. */
	private List<ProcessInstance> instancesOf(Set<String> references) {
		List<ProcessInstance> instances = new ArrayList<>();
		for (String reference : references) {
			instances.addAll(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list());
		}
		return instances;
	}

	private List<Job> jobsOf(Set<String> references) {
		List<Job> jobs = new ArrayList<>();
		for (ProcessInstance instance : instancesOf(references)) {
			jobs.addAll(managementService.createJobQuery().processInstanceId(instance.getId()).list());
		}
		return jobs;
	}

}
