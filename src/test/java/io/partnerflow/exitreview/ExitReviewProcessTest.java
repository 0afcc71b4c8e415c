package io.partnerflow.exitreview;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import io.partnerflow.notification.SendNotificationDelegate;
import io.partnerflow.onboarding.OnboardingCalendar;
import io.partnerflow.support.Jobs;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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

import static io.partnerflow.exitreview.ExitReviewProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The exit review on its own, each decision a path: at month 6 a manager extends or exits, at
 * month 9 a manager exits or keeps the partner by exception; an exit is a conversation, the contract
 * terminated and everyone told. Delegates touching partners and mail are stand-ins.
 */
@Deployment(resources = "bpmn/exit-review.bpmn")
class ExitReviewProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
		.build();

	static final Instant SIGNED = Instant.parse("2026-01-05T09:00:00Z");

	JavaDelegate applyDecision = mock(JavaDelegate.class);

	JavaDelegate terminateContract = mock(JavaDelegate.class);

	@BeforeEach
	void standIns() {
		init(extension.getProcessEngine());
		Mocks.register("onboardingCalendar", OnboardingCalendar.withDefaults());
		Mocks.register("openExitReviewDelegate", (JavaDelegate) execution -> execution.setVariable(VAR_RECRUITER, "rita"));
		Mocks.register("applyReviewDecisionDelegate", applyDecision);
		Mocks.register("terminateContractDelegate", terminateContract);
		Mocks.register("sendNotificationDelegate", mock(SendNotificationDelegate.class));
		Mocks.register("recordReviewListener", (TaskListener) task -> {
		});
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
		Mocks.reset();
	}

	@Test
	void atMonthSixTheManagerCanExtendThePartnership() throws Exception {
		// given
		ProcessInstance review = startReview(ROUND_FIRST);
		Task task = task(REVIEW_PARTNERSHIP, review);
		assertThat(task).hasCandidateGroup("managers");
		org.assertj.core.api.Assertions.assertThat(task.getDueDate())
			.isEqualTo(Date.from(SIGNED.atZone(ZoneOffset.UTC).plusMonths(6).plusDays(14).toInstant()));

		// when
		complete(task, withVariables(VAR_REVIEW_DECISION, DECISION_EXTEND));
		runJobs();

		// then
		assertThat(review).hasPassed(EXTEND_PARTNERSHIP, END_EXTENDED).hasNotPassed(HOLD_EXIT_CONVERSATION).isEnded();
		verify(applyDecision, times(1)).execute(org.mockito.ArgumentMatchers.any());
	}

	@Test
	void atMonthSixAnExitMeansAConversationATerminationALetterToThePartnerAndANoticeToDepartments() throws Exception {
		// given
		ProcessInstance review = startReview(ROUND_FIRST);

		// when
		complete(task(REVIEW_PARTNERSHIP, review), withVariables(VAR_REVIEW_DECISION, DECISION_EXIT));
		Task conversation = task(HOLD_EXIT_CONVERSATION, review);
		org.assertj.core.api.Assertions.assertThat(conversation.getAssignee()).isEqualTo("rita");
		complete(conversation, withVariables(VAR_EXIT_CONVERSATION_SUMMARY, "Agreed to part"));
		runJobs();

		// then
		assertThat(review).hasPassed(TERMINATE_CONTRACT, SEND_EXIT_LETTER, TELL_DEPARTMENTS, END_EXITED).hasNotPassed(EXTEND_PARTNERSHIP)
			.isEnded();
		verify(terminateContract, times(1)).execute(org.mockito.ArgumentMatchers.any());
	}

	@Test
	void atMonthNineTheManagerCanKeepThePartnerByException() {
		// given
		ProcessInstance review = startReview(ROUND_FINAL);

		// when
		complete(task(DECIDE_FINAL_EXIT, review), withVariables(VAR_REVIEW_DECISION, DECISION_EXCEPTION,
				VAR_DECISION_REASON, "Strategic account about to sign"));
		runJobs();

		// then
		assertThat(review).hasPassed(KEEP_BY_EXCEPTION, END_KEPT_BY_EXCEPTION).hasNotPassed(REVIEW_PARTNERSHIP)
			.isEnded();
	}

	@Test
	void atMonthNineAnExitEndsThePartnership() {
		// given
		ProcessInstance review = startReview(ROUND_FINAL);

		// when
		complete(task(DECIDE_FINAL_EXIT, review), withVariables(VAR_REVIEW_DECISION, DECISION_EXIT));
		complete(task(HOLD_EXIT_CONVERSATION, review), withVariables(VAR_EXIT_CONVERSATION_SUMMARY, "Understood"));
		runJobs();

		// then
		assertThat(review).hasPassed(DECIDE_FINAL_EXIT, TERMINATE_CONTRACT, END_EXITED).hasNotPassed(KEEP_BY_EXCEPTION)
			.isEnded();
	}

	@Test
	void afterARedCardTheManagerDecidesAtOnceAndAnExitEndsThePartnership() {
		// given a review opened by a red card, far from months 6 and 9
		Instant now = Instant.parse("2027-03-10T10:00:00Z");
		ClockUtil.setCurrentTime(Date.from(now));
		ProcessInstance review = runtimeService().startProcessInstanceByKey(KEY, "P-2026-00008",
				withVariables(VAR_CONTRACT_SIGNED_AT, Date.from(SIGNED), VAR_REVIEW_ROUND, ROUND_RED_CARD));
		runJobsOf(review);
		assertThat(review).hasPassed(OPEN_REVIEW);

		// then its decision is due within the review's delay from today, not from the contract
		Task decision = task(DECIDE_EXIT_AFTER_RED_CARD, review);
		assertThat(decision).hasCandidateGroup("managers");
		org.assertj.core.api.Assertions.assertThat(decision.getDueDate())
			.isEqualTo(Date.from(now.atZone(ZoneOffset.UTC).plusDays(14).toInstant()));

		// when the manager decides the exit and the recruiter holds the conversation
		complete(decision, withVariables(VAR_REVIEW_DECISION, DECISION_EXIT));
		complete(task(HOLD_EXIT_CONVERSATION, review), withVariables(VAR_EXIT_CONVERSATION_SUMMARY, "Understood"));
		runJobsOf(review);

		// then
		assertThat(review).hasPassed(DECIDE_EXIT_AFTER_RED_CARD, TERMINATE_CONTRACT, SEND_EXIT_LETTER, END_EXITED)
			.hasNotPassed(REVIEW_PARTNERSHIP, DECIDE_FINAL_EXIT, KEEP_BY_EXCEPTION)
			.isEnded();
	}

	ProcessInstance startReview(String round) {
		ProcessInstance review = runtimeService().startProcessInstanceByKey(KEY, "P-2026-00007",
				withVariables(VAR_CONTRACT_SIGNED_AT, Date.from(SIGNED), VAR_REVIEW_ROUND, round));
		runJobs();
		assertThat(review).hasPassed(OPEN_REVIEW);
		return review;
	}

	/** Runs the jobs of this review only: the test moved the clock, so others' jobs are none of its business. */
	static void runJobsOf(ProcessInstance review) {
		Jobs.runUntilNone(managementService(), () -> managementService().createJobQuery().processInstanceId(review.getId()));
	}

	static void runJobs() {
		for (int round = 0; round < 20; round++) {
			List<Job> due = managementService().createJobQuery().executable().list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> managementService().executeJob(job.getId()));
		}
		throw new IllegalStateException("Jobs keep coming");
	}

}
