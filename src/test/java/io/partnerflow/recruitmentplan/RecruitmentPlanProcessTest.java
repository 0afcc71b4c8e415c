package io.partnerflow.recruitmentplan;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;

import io.partnerflow.system.BadRequestException;
import io.partnerflow.system.ConflictException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.partnerflow.recruitmentplan.RecruitmentPlanProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The annual recruitment plan's model on its own: a manager opens the year's plan, draws it up and
 * hands it over; the leadership approves it or sends it back with a comment; managers review its
 * progress on the first of every month until the review of December, held in January. The plans'
 * service is a stand-in (its rules have their integration test); the clock moves with {@link ClockUtil}.
 */
@Deployment(resources = { "bpmn/recruitment-plan.bpmn", "forms/recruitment-plan-open-plan.form",
		"forms/recruitment-plan-draw-up-plan.form", "forms/recruitment-plan-approve-plan.form",
		"forms/recruitment-plan-review-progress.form" })
class RecruitmentPlanProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	final RecruitmentPlans plans = mock(RecruitmentPlans.class);

	final TaskListener progress = task -> task.setVariableLocal(PLAN_PROGRESS, "3 of 12 partners signed");

	@BeforeEach
	void standIns() {
		init(extension.getProcessEngine());
		ClockUtil.setCurrentTime(at(LocalDateTime.of(2027, 1, 10, 9, 0)));
		when(plans.currentYear()).thenReturn(2027);
		when(plans.summary(anyInt())).thenReturn("Priority markets: Retail\nPartners to sign: 12");
		Mocks.register("openRecruitmentPlanDelegate", new OpenRecruitmentPlanDelegate(plans));
		Mocks.register("showPlanListener", new ShowPlanListener(plans));
		Mocks.register("recordPlanStepListener", new RecordPlanStepListener(plans));
		Mocks.register("showPlanProgressListener", progress);
		Mocks.register("planCalendar", new PlanCalendar(new io.partnerflow.system.EngineClock()));
	}

	@AfterEach
	void reset() {
		identityService().clearAuthentication();
		ClockUtil.reset();
		Mocks.reset();
	}

	@Test
	void theApprovedPlanIsReviewedOnTheFirstOfEveryMonthUntilDecembersReviewInJanuary() {
		// given mona opens 2027's plan and hands it over
		ProcessInstance plan = opened(2027);
		assertThat(plan).isWaitingAt(DRAW_UP_PLAN).hasBusinessKey("RP-2027");
		assertThat(task(plan)).hasCandidateGroup("managers");
		org.assertj.core.api.Assertions.assertThat(taskService().getVariableLocal(task(plan).getId(), PLAN_SUMMARY))
			.isEqualTo("Priority markets: Retail\nPartners to sign: 12");
		complete(task(plan), withVariables("planNote", "Two new markets this year"));
		verify(plans).submit(2027);

		// when leo approves it
		assertThat(plan).isWaitingAt(APPROVE_PLAN);
		assertThat(task(plan)).hasCandidateGroup("leadership");
		decide("leo", APPROVE, null);
		verify(plans).decide(2027, true, "leo", null);

		// then the first review is due on the first of February at 08:00
		assertThat(plan).isWaitingAt(REVIEW_DUE);
		Job review = job(plan);
		org.assertj.core.api.Assertions.assertThat(review.getDuedate()).isEqualTo(at(LocalDateTime.of(2027, 2, 1, 8, 0)));

		// and every month has its review, the year's last one in January 2028
		for (int month = 2; month <= 13; month++) {
			LocalDateTime due = LocalDateTime.of(2027, 1, 1, 8, 0).plusMonths(month - 1);
			org.assertj.core.api.Assertions.assertThat(job(plan).getDuedate()).as("review %d", month).isEqualTo(at(due));
			ClockUtil.setCurrentTime(at(due.plusMinutes(1)));
			execute(job(plan));
			assertThat(plan).isWaitingAt(REVIEW_PROGRESS);
			org.assertj.core.api.Assertions.assertThat(taskService().getVariableLocal(task(plan).getId(), PLAN_PROGRESS))
				.isEqualTo("3 of 12 partners signed");
			complete(task(plan), withVariables(REVIEW_NOTES, "On track"));
		}
		assertThat(plan).hasPassed(END_YEAR_CLOSED).isEnded();
	}

	@Test
	void aPlanSentBackIsDrawnUpAgainWithTheLeadershipsComment() {
		ProcessInstance plan = opened(2027);
		complete(task(plan));

		decide("leo", SEND_BACK, "Too few integrators");

		verify(plans).decide(2027, false, "leo", "Too few integrators");
		assertThat(plan).isWaitingAt(DRAW_UP_PLAN);
		assertThat(plan).variables().containsEntry(PLAN_COMMENT, "Too few integrators").containsEntry(PLAN_APPROVED, false);
		complete(task(plan));
		decide("leo", APPROVE, "Go");
		assertThat(plan).isWaitingAt(REVIEW_DUE);
	}

	@Test
	void theEngineRefusesAPlanWithoutTargetsASendBackWithoutCommentAndAnUnknownDecision() {
		ProcessInstance plan = opened(2027);
		doThrow(new ConflictException("Plan without targets", "The recruitment plan of 2027 has no target yet"))
			.when(plans).submit(2027);
		String drawUp = task(plan).getId();
		assertThatThrownBy(() -> taskService().complete(drawUp)).hasMessageContaining("has no target yet");
		assertThat(plan).isWaitingAt(DRAW_UP_PLAN);

		doThrow(new BadRequestException(PLAN_COMMENT, "is required to send the plan back")).when(plans)
			.decide(2027, false, "leo", null);
		org.mockito.Mockito.doReturn(null).when(plans).submit(2027);
		complete(task(plan));
		identityService().setAuthenticatedUserId("leo");
		String approval = task(plan).getId();
		assertThatThrownBy(() -> taskService().complete(approval, Map.of(PLAN_DECISION, SEND_BACK)))
			.hasMessageContaining("planComment is required to send the plan back");
		assertThatThrownBy(() -> taskService().complete(approval, Map.of(PLAN_DECISION, "approveTwice")))
			.hasMessageContaining("Decision must be one of approve, sendBack");
		assertThat(plan).isWaitingAt(APPROVE_PLAN);
	}

	@Test
	void aYearAlreadyPlannedOrOutOfRangeStartsNothing() {
		identityService().setAuthenticatedUserId("mona");
		doThrow(new ConflictException("Plan already drawn up", "The recruitment plan of 2027 exists already")).when(plans)
			.open(2027, "mona");
		assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, Map.of(PLAN_YEAR, 2027)))
			.hasMessageContaining("exists already");
		assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, Map.of(PLAN_YEAR, "next year")))
			.hasMessageContaining("must be a year such as 2027");
		assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, Map.of(PLAN_YEAR, 2027.5)))
			.hasMessageContaining("must be a year");
		identityService().clearAuthentication();
		assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, Map.of(PLAN_YEAR, 2028)))
			.hasMessageContaining("signed-in manager");
		verify(plans, never()).open(2028, null);
		org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count())
			.isZero();
	}

	private ProcessInstance opened(int year) {
		identityService().setAuthenticatedUserId("mona");
		ProcessInstance plan = runtimeService().startProcessInstanceByKey(KEY, Map.of(PLAN_YEAR, year));
		verify(plans).open(year, "mona");
		return plan;
	}

	private void decide(String leader, String decision, String comment) {
		identityService().setAuthenticatedUserId(leader);
		Map<String, Object> answer = new java.util.HashMap<>();
		answer.put(PLAN_DECISION, decision);
		answer.put(PLAN_COMMENT, comment);
		Task approval = taskQuery().taskDefinitionKey(APPROVE_PLAN).singleResult();
		taskService().complete(approval.getId(), answer);
		identityService().setAuthenticatedUserId("mona");
	}

	private static Date at(LocalDateTime time) {
		return Date.from(time.atZone(java.time.ZoneOffset.UTC).toInstant());
	}

}
