package io.partnerflow.migration;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.committee.CommitteeVoteProcess;
import io.partnerflow.exitreview.ExitReviewProcess;
import io.partnerflow.onboarding.OnboardingPlanService;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.onboarding.PlanStep;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.recruitment.ApplicationFiles;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.recruitment.Recruitments;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.FreshVersion;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestCommittee;
import io.partnerflow.support.TestPartners;
import io.partnerflow.support.TestUsers;
import io.partnerflow.system.EngineClock;
import io.partnerflow.system.Groups;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Running partners move to a model's new version through the administrators' endpoint: a dry run
 * lists what would move and what cannot and moves nothing; the migration moves those that can, each
 * to the same place with its tasks, timers and variables, and leaves the one that cannot on its
 * version instead of failing half-way. Nobody else may.
 */
@IntegrationTest
class MigrationTest {

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	FormService formService;

	@Autowired
	ManagementService managementService;

	@Autowired
	IdentityService identityService;

	@Autowired
	Recruitments recruitments;

	@Autowired
	PartnerService partners;

	@Autowired
	ApplicationFiles applicationFiles;

	@Autowired
	EngineClock clock;

	@Autowired
	Jobs jobs;

	@Autowired
	OnboardingPlanService plans;

	final List<AutoCloseable> versions = new ArrayList<>();

	final ObjectMapper json = new ObjectMapper();

	@AfterEach
	void theApplicationsVersionsAreLatestAgain() throws Exception {
		clock.reset();
		for (int last = versions.size() - 1; last >= 0; last--) {
			versions.get(last).close();
		}
	}

	@Test
	void aDryRunListsWhatWouldMoveAndTheMigrationMovesItAndLeavesTheRest() throws Exception {
		// given on version 1 of the recruitment a candidate to approach and one whose application file is awaited
		versions.add(FreshVersion.of(repositoryService, RecruitmentProcess.KEY));
		String toApproach = recruitments.start(TestPartners.candidate("To approach"), "rita").getReference();
		String awaited = recruitments.start(TestPartners.candidate("File awaited"), "rita").getReference();
		jobs.runDue();
		TestUsers.approach(identityService, taskService, formService, awaited, LocalDate.now(clock));
		jobs.runDue();
		String approaching = instance(toApproach);
		String awaiting = instance(awaited);
		Map<String, Object> variables = runtimeService.getVariables(approaching);
		Task approach = taskService.createTaskQuery().processInstanceId(approaching).singleResult();
		List<Job> timers = managementService.createJobQuery().processInstanceId(awaiting).timers().list();
		assertThat(timers).as("the application file's reminder and lapse").isNotEmpty();

		// and a version 2 where "Record application file" became another task
		int version2 = deploy(RecruitmentProcess.KEY, "UserTask_RecordApplicationFile", "UserTask_ReceiveApplicationFile");

		// when the administrator tries, then migrates both
		JsonNode dryRun = migrate("admin", RecruitmentProcess.KEY,
				"{\"processInstanceIds\":[\"%s\",\"%s\"]}".formatted(approaching, awaiting));
		boolean movedInTheDryRun = !definitionOf(approaching).equals(definitionOf(awaiting));
		JsonNode migration = migrate("admin", RecruitmentProcess.KEY,
				"{\"processInstanceIds\":[\"%s\",\"%s\"],\"dryRun\":false}".formatted(approaching, awaiting));

		// then the dry run said which moves and which cannot and why, and moved nothing
		assertThat(dryRun.path("dryRun").asBoolean()).isTrue();
		assertThat(dryRun.path("toVersion").asInt()).isEqualTo(version2);
		assertThat(dryRun.path("movable").findValuesAsText("processInstanceId")).containsExactly(approaching);
		assertThat(dryRun.path("cannotMove").findValuesAsText("processInstanceId")).containsExactly(awaiting);
		assertThat(dryRun.path("cannotMove").get(0).path("problem").asText()).contains("UserTask_RecordApplicationFile");
		assertThat(movedInTheDryRun).as("an instance moved in the dry run").isFalse();
		// and the migration moved the one that could, to the same task with its variables, and left the other whole
		assertThat(migration.path("movable").findValuesAsText("processInstanceId")).containsExactly(approaching);
		assertThat(version(approaching)).isEqualTo(version2);
		assertThat(version(awaiting)).isEqualTo(version2 - 1);
		Task migrated = taskService.createTaskQuery().processInstanceId(approaching).singleResult();
		assertThat(migrated.getId()).isEqualTo(approach.getId());
		assertThat(migrated.getTaskDefinitionKey()).isEqualTo(RecruitmentProcess.APPROACH_CANDIDATE);
		assertThat(migrated.getProcessDefinitionId()).isEqualTo(definitionOf(approaching));
		assertThat(runtimeService.getVariables(approaching)).isEqualTo(variables);
		assertThat(managementService.createJobQuery().processInstanceId(awaiting).timers().list())
			.extracting(Job::getId, Job::getDuedate)
			.containsExactlyInAnyOrderElementsOf(timers.stream().map(job -> org.assertj.core.groups.Tuple.tuple(job.getId(), job.getDuedate())).toList());
		// the migrated candidate goes on in version 2
		TestUsers.approach(identityService, taskService, formService, toApproach, LocalDate.now(clock));
		jobs.runDue();
		assertThat(partners.get(toApproach).getStatus()).isEqualTo(PartnerStatus.APPLICATION_REQUESTED);
		assertThat(taskService.createTaskQuery().processInstanceId(approaching).singleResult().getTaskDefinitionKey())
			.isEqualTo("UserTask_ReceiveApplicationFile");
	}

	@Test
	void aRunningPlanMovesWithItsTasksTimersAndVariables() throws Exception {
		// given a 100-day plan running on version 1, its five actions open and its timers set
		versions.add(FreshVersion.of(repositoryService, OnboardingProcess.KEY));
		String plan = runningPlan("Plan moves");
		assertThat(taskService.createTaskQuery().processInstanceId(plan).count()).isGreaterThanOrEqualTo(5);
		assertThat(managementService.createJobQuery().processInstanceId(plan).timers().count()).as("day 100").isPositive();

		// when version 2 is deployed and the administrator migrates it, then it moves whole
		assertMovesWhole(OnboardingProcess.KEY, plan);
	}

	@Test
	void aPlanStartedBeforeThePlanDecisionMovesWithItsFiveActionsAndKeepsTheStandardPlan() throws Exception {
		// given a plan running on the model before its steps were decided by contract type (no "Decide plan
		// steps", no integration milestone, no CEO meeting)
		Deployment before = repositoryService.createDeployment()
			.name("test-" + OnboardingProcess.KEY + "-before-plan-steps")
			.addClasspathResource("migration/partner-onboarding-before-plan-steps.bpmn")
			.deploy();
		versions.add(() -> repositoryService.deleteDeployment(before.getId(), true, true, true));
		String plan = runningPlan("Plan before steps");
		assertThat(managementService.createJobQuery().processInstanceId(plan).withException().list())
			.extracting(Job::getExceptionMessage).as("failed jobs").isEmpty();
		assertThat(repositoryService.getProcessDefinition(definitionOf(plan)).getDeploymentId()).isEqualTo(before.getId());
		assertThat(taskService.createTaskQuery().processInstanceId(plan).list()).extracting(Task::getTaskDefinitionKey)
			.containsExactlyInAnyOrder(OnboardingProcess.TRAIN_SALES_PEOPLE, OnboardingProcess.TRAIN_TECHNICIANS,
					OnboardingProcess.SIGN_BUSINESS_PLAN, OnboardingProcess.RUN_LEAD_CAMPAIGN,
					OnboardingProcess.SUPPORT_FIRST_VISITS);
		String reference = runtimeService.createProcessInstanceQuery().processInstanceId(plan).singleResult().getBusinessKey();

		// when the current model is deployed after it and the administrator migrates it, then it moves whole
		assertMovesWhole(OnboardingProcess.KEY, plan, () -> {
			try (InputStream current = getClass().getClassLoader().getResourceAsStream("bpmn/partner-onboarding.bpmn")) {
				Deployment now = repositoryService.createDeployment()
					.name("test-" + OnboardingProcess.KEY + "-with-plan-steps")
					.addInputStream(OnboardingProcess.KEY + ".bpmn", current)
					.deploy();
				return () -> repositoryService.deleteDeployment(now.getId(), true, true, true);
			}
		});

		// and its plan keeps the steps it had: no step added, none skipped
		assertThat(plans.steps(reference)).containsExactlyInAnyOrderElementsOf(java.util.EnumSet.of(PlanStep.TRAIN_SALES_PEOPLE,
				PlanStep.TRAIN_TECHNICIANS, PlanStep.SIGN_BUSINESS_PLAN, PlanStep.RUN_LEAD_CAMPAIGN, PlanStep.SUPPORT_FIRST_VISITS,
				PlanStep.REVIEW_AUTONOMY));
		assertThat(plans.facts(reference).milestones())
			.isEqualTo("Integration milestone: not part of this plan\nCEO meeting: not part of this plan");
	}

	@Test
	void aRunningVoteMovesWithItsBallotsDeadlineAndVariables() throws Exception {
		// given a committee vote running on version 1, its ballots open and its deadline set
		versions.add(FreshVersion.of(repositoryService, CommitteeVoteProcess.KEY));
		Partner candidate = TestCommittee.inCommittee(partners, applicationFiles, "Vote moves");
		String vote = runtimeService.startProcessInstanceByKey(CommitteeVoteProcess.KEY, candidate.getReference(),
				Map.of(CommitteeVoteProcess.COMMITTEE_GROUP, Groups.COMMITTEE, CommitteeVoteProcess.SELECTION_SCORE, 74,
						CommitteeVoteProcess.RECRUITER, "rita")).getId();
		jobs.runDue();
		assertThat(taskService.createTaskQuery().processInstanceId(vote).taskDefinitionKey(CommitteeVoteProcess.CAST_VOTE).count())
			.isPositive();
		assertThat(managementService.createJobQuery().processInstanceId(vote).timers().count()).as("reminder, deadline").isPositive();

		// when version 2 is deployed and the administrator migrates it, then it moves whole
		assertMovesWhole(CommitteeVoteProcess.KEY, vote);
	}

	@Test
	void aRunningExitReviewMovesWithItsTaskAndVariables() throws Exception {
		// given a plan without a deal at month 6, which called version 1 of the exit review
		versions.add(FreshVersion.of(repositoryService, ExitReviewProcess.KEY));
		String plan = runningPlan("Review moves");
		Instant signed = clock.instant();
		clock.moveTo(signed.plus(Duration.ofDays(100).plusHours(2)));
		jobs.runDue();
		Task review = taskService.createTaskQuery().processInstanceId(plan).taskDefinitionKey(OnboardingProcess.REVIEW_AUTONOMY)
			.singleResult();
		TestUsers.as(identityService, "rita", () -> {
			formService.submitTaskForm(review.getId(), Map.of(OnboardingProcess.VAR_COMMERCIALLY_AUTONOMOUS, "no",
					OnboardingProcess.VAR_COMMERCIAL_AUTONOMY_COMMENT, "No pipeline", OnboardingProcess.VAR_TECHNICALLY_AUTONOMOUS,
					"no", OnboardingProcess.VAR_TECHNICAL_AUTONOMY_COMMENT, "Not trained"));
			return null;
		});
		jobs.runDue();
		clock.moveTo(signed.plus(Duration.ofDays(190)));
		jobs.runDue();
		assertThat(managementService.createJobQuery().processInstanceId(plan).withException().list())
			.extracting(Job::getExceptionMessage).as("failed jobs").isEmpty();
		assertThat(runtimeService.getActiveActivityIds(plan)).as("the plan waits in").contains("CallActivity_ReviewAtMonthSix");
		String exitReview = runtimeService.createProcessInstanceQuery().superProcessInstanceId(plan).singleResult().getId();
		assertThat(taskService.createTaskQuery().processInstanceId(exitReview).taskDefinitionKey(ExitReviewProcess.REVIEW_PARTNERSHIP)
			.count()).isOne();

		// when version 2 is deployed and the administrator migrates it, then it moves whole
		assertMovesWhole(ExitReviewProcess.KEY, exitReview);
	}

	/** A partner under contract since now, its 100-day plan started. */
	private String runningPlan(String name) {
		String reference = partners.register(TestPartners.candidate(name), "rita").getReference();
		for (PartnerStatus status : List.of(PartnerStatus.APPROACHED, PartnerStatus.APPLICATION_REQUESTED,
				PartnerStatus.IN_COMMITTEE, PartnerStatus.APPROVED)) {
			partners.changeStatus(reference, status, "rita", null);
		}
		Instant signed = clock.instant();
		clock.moveTo(signed);
		partners.recordContractSignature(reference, signed, "luc");
		String plan = runtimeService.startProcessInstanceByKey(OnboardingProcess.KEY, reference,
				Map.of(OnboardingProcess.VAR_CONTRACT_SIGNED_AT, Date.from(signed))).getId();
		jobs.runDue();
		return plan;
	}

	/**
	 * Deploys a version 2 of the model, migrates the instance to it through the endpoint, and checks
	 * it is there with the same tasks (ids, activities, due dates), timers (ids, due dates) and variables.
	 */
	private void assertMovesWhole(String processKey, String instance) throws Exception {
		assertMovesWhole(processKey, instance, () -> FreshVersion.of(repositoryService, processKey));
	}

	/** A version of a model, deployed by the test and deleted after it. */
	interface NextVersion {

		AutoCloseable deploy() throws Exception;

	}

	/** As above, the next version deployed by {@code next}. */
	private void assertMovesWhole(String processKey, String instance, NextVersion next) throws Exception {
		List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance).orderByTaskId().asc().list();
		List<Job> timers = managementService.createJobQuery().processInstanceId(instance).timers().orderByJobId().asc().list();
		Map<String, Object> variables = runtimeService.getVariables(instance);
		versions.add(next.deploy());

		JsonNode migration = migrate("admin", processKey, "{\"processInstanceIds\":[\"%s\"],\"dryRun\":false}".formatted(instance));

		assertThat(migration.path("cannotMove").size()).as(migration.toString()).isZero();
		assertThat(migration.path("movable").findValuesAsText("processInstanceId")).containsExactly(instance);
		assertThat(version(instance)).isEqualTo(migration.path("toVersion").asInt()).isGreaterThan(version(tasks, instance));
		assertThat(taskService.createTaskQuery().processInstanceId(instance).orderByTaskId().asc().list())
			.extracting(Task::getId, Task::getTaskDefinitionKey, Task::getDueDate, Task::getProcessDefinitionId)
			.containsExactlyElementsOf(tasks.stream().map(task -> org.assertj.core.groups.Tuple.tuple(task.getId(),
					task.getTaskDefinitionKey(), task.getDueDate(), definitionOf(instance))).toList());
		assertThat(managementService.createJobQuery().processInstanceId(instance).timers().orderByJobId().asc().list())
			.extracting(Job::getId, Job::getDuedate)
			.containsExactlyElementsOf(timers.stream().map(job -> org.assertj.core.groups.Tuple.tuple(job.getId(), job.getDuedate())).toList());
		assertThat(runtimeService.getVariables(instance)).isEqualTo(variables);
	}

	/** The version the instance's tasks were on before the migration. */
	private int version(List<Task> tasks, String instance) {
		return tasks.isEmpty() ? 0 : repositoryService.getProcessDefinition(tasks.get(0).getProcessDefinitionId()).getVersion();
	}

	@Test
	void onlyAnAdministratorMigratesAModelPartnerFlowKnowsAndItsOwnInstances() throws Exception {
		// when others than an administrator ask, or an administrator names an unknown model or instance
		List<HttpResponse<String>> refused = new ArrayList<>();
		for (String user : List.of("rita", "mona", "claire")) {
			refused.add(client(user).postJson("/api/migrations/" + RecruitmentProcess.KEY, "{}"));
		}
		HttpResponse<String> unknownModel = client("admin").postJson("/api/migrations/mona-admin", "{}");
		HttpResponse<String> unknownInstance = client("admin").postJson("/api/migrations/" + RecruitmentProcess.KEY,
				"{\"processInstanceIds\":[\"no-such-instance\"],\"dryRun\":false}");
		HttpResponse<String> wrongField = client("admin").postJson("/api/migrations/" + RecruitmentProcess.KEY,
				"{\"dryRun\":\"maybe\"}");

		// then each is refused with a problem
		assertThat(refused).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403));
		assertThat(unknownModel.statusCode()).as(unknownModel.body()).isEqualTo(404);
		assertThat(unknownInstance.statusCode()).as(unknownInstance.body()).isEqualTo(400);
		assertThat(unknownInstance.body()).contains("no-such-instance");
		assertThat(wrongField.statusCode()).as(wrongField.body()).isEqualTo(400);
	}

	/** Deploys the model's current BPMN with one activity renamed; returns its version. */
	private int deploy(String processKey, String activity, String renamed) throws IOException {
		String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
			.singleResult().getId();
		String bpmn;
		try (InputStream model = repositoryService.getProcessModel(definitionId)) {
			bpmn = new String(model.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(bpmn).contains(activity);
		Deployment deployment = repositoryService.createDeployment()
			.name("test-" + processKey + "-renamed")
			.addString(processKey + ".bpmn", bpmn.replace(activity, renamed))
			.deploy();
		versions.add(() -> repositoryService.deleteDeployment(deployment.getId(), true, true, true));
		return repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult().getVersion();
	}

	private JsonNode migrate(String user, String processKey, String body) throws Exception {
		HttpResponse<String> answer = client(user).postJson("/api/migrations/" + processKey, body);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return json.readTree(answer.body());
	}

	private String instance(String reference) {
		return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
			.processDefinitionKey(RecruitmentProcess.KEY).singleResult().getId();
	}

	private String definitionOf(String instance) {
		return runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId();
	}

	private int version(String instance) {
		return repositoryService.getProcessDefinition(definitionOf(instance)).getVersion();
	}

	private ApiClient client(String user) {
		return new ApiClient(URI.create("http://localhost:" + port), user, user);
	}

}
