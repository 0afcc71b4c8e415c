package io.partnerflow.onboarding;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

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

import static io.partnerflow.onboarding.OnboardingProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The recurring autonomy review on the in-memory engine: a partner not autonomous at day 100 is
 * reviewed by its recruiter a month after each review that finds it not yet autonomous, until a review
 * finds it autonomous on both counts, or until it leaves. The stand-in for the reviews' record answers
 * what the last review found; the clock moves with {@link ClockUtil}.
 */
@Deployment(resources = "bpmn/autonomy-review.bpmn")
class AutonomyReviewProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	static final String REFERENCE = "P-2026-00077";

	static final Instant REVIEWED_AT_DAY_HUNDRED = Instant.parse("2026-04-15T09:00:00Z");

	AutonomyReviews reviews = mock(AutonomyReviews.class);

	/** What the last review found, as the stand-in for the plan's record answers it. */
	boolean reached;

	/** The reviews recorded, by the task they completed. */
	List<String> recorded = new ArrayList<>();

	@BeforeEach
	void standIns() {
		init(extension.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(REVIEWED_AT_DAY_HUNDRED));
		when(reviews.reached(REFERENCE)).thenAnswer(call -> reached);
		Mocks.register("autonomyReviews", reviews);
		Mocks.register("onboardingCalendar", OnboardingCalendar.withDefaults());
		Mocks.register("showPlanFactsListener", (TaskListener) task -> task.setVariableLocal(VAR_AUTONOMY_FACTS,
				"Commercially autonomous: not yet\nTechnically autonomous: not yet"));
		Mocks.register("recordPlanActionListener", (TaskListener) task -> recorded.add(task.getTaskDefinitionKey()));
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
		Mocks.reset();
	}

	@Test
	void aPartnerIsReviewedEveryMonthUntilAReviewFindsItAutonomousOnBothCounts() {
		// given a partner not autonomous at day 100
		ProcessInstance reviewsOfPartner = started();
		assertThat(reviewsOfPartner).isWaitingAt(NEXT_AUTONOMY_REVIEW);

		// when a month has passed: its recruiter reviews it, within a week, with what the plan achieved
		Task first = reviewDue(reviewsOfPartner);
		org.assertj.core.api.Assertions.assertThat(first.getAssignee()).isEqualTo("rita");
		org.assertj.core.api.Assertions.assertThat(first.getDueDate())
			.isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(java.time.Duration.ofDays(7))));
		org.assertj.core.api.Assertions.assertThat(taskService().getVariableLocal(first.getId(), VAR_AUTONOMY_FACTS))
			.asString()
			.contains("not yet");
		// and finds it commercially autonomous, not yet technically
		complete(first, Map.of(VAR_COMMERCIALLY_AUTONOMOUS, "yes", VAR_TECHNICALLY_AUTONOMOUS, "no"));

		// then it is reviewed again a month later, and only then
		assertThat(reviewsOfPartner).isWaitingAt(NEXT_AUTONOMY_REVIEW).hasPassed(AUTONOMY_REACHED);
		org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().count()).isZero();
		Task second = reviewDue(reviewsOfPartner);

		// when that review finds it autonomous on both counts, the reviews end
		reached = true;
		complete(second, Map.of(VAR_COMMERCIALLY_AUTONOMOUS, "yes", VAR_TECHNICALLY_AUTONOMOUS, "yes"));
		assertThat(reviewsOfPartner).isEnded().hasPassed(END_PARTNER_AUTONOMOUS).hasNotPassed(END_AUTONOMY_PARTNER_LEFT);
		org.assertj.core.api.Assertions.assertThat(recorded).containsExactly(REVIEW_AUTONOMY_AGAIN, REVIEW_AUTONOMY_AGAIN);
	}

	@Test
	void aPartnerThatLeavesIsNotReviewedAnyMore() {
		// given a partner whose review is open
		ProcessInstance reviewsOfPartner = started();
		reviewDue(reviewsOfPartner);

		// when it leaves the network
		runtimeService().createMessageCorrelation(MESSAGE_AUTONOMY_PARTNER_EXITED)
			.processInstanceBusinessKey(REFERENCE)
			.correlateAll();

		// then its reviews end, the open one with them, and nothing was recorded
		assertThat(reviewsOfPartner).isEnded().hasPassed(END_AUTONOMY_PARTNER_LEFT).hasNotPassed(END_PARTNER_AUTONOMOUS);
		org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().count()).isZero();
		org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery().count()).isZero();
		org.assertj.core.api.Assertions.assertThat(recorded).isEmpty();
	}

	ProcessInstance started() {
		return runtimeService().startProcessInstanceByMessage(MESSAGE_AUTONOMY_STILL_TO_REACH, REFERENCE,
				Map.of(VAR_RECRUITER, "rita", "company", "Azur Conseil", "reference", REFERENCE));
	}

	/**
	 * The review's timer, due a month after the last review, run a minute after that (the clock moved
	 * there), gives its task.
	 */
	Task reviewDue(ProcessInstance reviewsOfPartner) {
		Job timer = managementService().createJobQuery().processInstanceId(reviewsOfPartner.getId()).singleResult();
		Instant due = ClockUtil.getCurrentTime().toInstant().atZone(ZoneOffset.UTC).plusMonths(1).toInstant();
		org.assertj.core.api.Assertions.assertThat(timer.getDuedate()).isEqualTo(Date.from(due));
		ClockUtil.setCurrentTime(Date.from(due.plusSeconds(60)));
		managementService().executeJob(timer.getId());
		assertThat(reviewsOfPartner).isWaitingAt(REVIEW_AUTONOMY_AGAIN);
		return task(REVIEW_AUTONOMY_AGAIN, reviewsOfPartner);
	}

}
