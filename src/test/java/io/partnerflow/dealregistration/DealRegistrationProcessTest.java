package io.partnerflow.dealregistration;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import io.partnerflow.notification.SendNotificationDelegate;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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

import static io.partnerflow.dealregistration.DealRegistrationProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The deal registration on its own, each outcome a path: the reviewer approves or rejects (a rejection
 * needs its reason), a late review reminds the reviewers, an approved registration is won, lost, or
 * expires unless an update extends it. Delegates touching registrations and mail are stand-ins; the
 * clock moves with {@link ClockUtil}.
 */
@Deployment(resources = { "bpmn/deal-registration.bpmn", "forms/deal-registration-review-deal-registration.form" })
class DealRegistrationProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	static final Instant REGISTERED = Instant.parse("2026-04-01T09:00:00Z");

	static final Duration VALID_FOR = Duration.ofDays(90);

	CloseDealRegistrationDelegate close = mock(CloseDealRegistrationDelegate.class);

	SendNotificationDelegate mail = mock(SendNotificationDelegate.class);

	@BeforeEach
	void standIns() {
		init(extension.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(REGISTERED));
		// approving and extending set the expiry from the clock, as DealRegistrations does
		JavaDelegate expiry = execution -> execution.setVariable(VAR_EXPIRES_AT,
				Date.from(ClockUtil.getCurrentTime().toInstant().plus(VALID_FOR)));
		Mocks.register("approveDealRegistrationDelegate", expiry);
		Mocks.register("extendDealRegistrationDelegate", expiry);
		Mocks.register("closeDealRegistrationDelegate", close);
		Mocks.register("sendNotificationDelegate", mail);
		Mocks.register("dealRegistrationFormRules", new DealRegistrationFormRules());
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
		Mocks.reset();
	}

	@Test
	void theRecruiterOrAManagerReviewsWithinTheWindow() {
		// given
		ProcessInstance registration = register();

		// then
		Task review = task(REVIEW, registration);
		assertThat(review).hasCandidateUser("rita").hasCandidateGroup("managers");
		org.assertj.core.api.Assertions.assertThat(review.getDueDate()).isEqualTo(Date.from(REGISTERED.plus(Duration.ofDays(3))));
		org.assertj.core.api.Assertions.assertThat(review.getName()).isEqualTo("Review deal registration: Azur Conseil (P-2026-00042)");
	}

	@Test
	void aLateReviewRemindsTheReviewersAndTheTaskStaysOpen() {
		// given
		ProcessInstance registration = register();

		// when the review window passes
		ClockUtil.setCurrentTime(Date.from(REGISTERED.plus(Duration.ofDays(3)).plusSeconds(60)));
		runJobs();

		// then
		assertThat(registration).hasPassed(REMIND_REVIEWERS, END_REVIEWERS_REMINDED).isWaitingAt(REVIEW);
		verify(mail, times(1)).execute(org.mockito.ArgumentMatchers.any());
	}

	@Test
	void aRejectedRegistrationIsClosedAndThePartnerToldWhy() throws Exception {
		// given
		ProcessInstance registration = register();

		// when
		complete(task(REVIEW, registration), withVariables(VAR_DECISION, DECISION_REJECT, VAR_REJECTION_REASON,
				"The customer is served directly by our key account team"));
		runJobs();

		// then
		assertThat(registration).hasPassed(REJECT, SEND_REJECTION, END_REJECTED).hasNotPassed(APPROVE).isEnded();
		verify(close, times(1)).execute(org.mockito.ArgumentMatchers.any());
	}

	@Test
	void aRejectionWithoutItsReasonOrAnUnknownDecisionIsRefused() {
		// given
		ProcessInstance registration = register();
		Task review = task(REVIEW, registration);

		// then
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(review.getId(),
				withVariables(VAR_DECISION, DECISION_REJECT)))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Reason for the partner is required to reject");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(review.getId(),
				withVariables(VAR_DECISION, "maybe")))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Decision");
		assertThat(registration).isWaitingAt(REVIEW);
	}

	@Test
	void anApprovedRegistrationThatIsWonIsRecordedAsADeal() throws Exception {
		// given
		ProcessInstance registration = approved();

		// when
		correlate(registration, MESSAGE_WON, Map.of(VAR_WON_AMOUNT, "12500.00", VAR_WON_SIGNED_ON, "2026-05-02",
				VAR_ACTOR, "rita"));
		runJobs();

		// then
		assertThat(registration).hasPassed(APPROVE, SEND_APPROVAL, WON, RECORD_WON_DEAL, END_WON).isEnded();
		verify(close, times(1)).execute(org.mockito.ArgumentMatchers.any());
		org.assertj.core.api.Assertions.assertThat(historyService().createHistoricVariableInstanceQuery()
			.processInstanceId(registration.getId()).variableName(VAR_WON_AMOUNT).singleResult().getValue()).isEqualTo("12500.00");
	}

	@Test
	void anApprovedRegistrationThatIsLostIsClosed() throws Exception {
		// given
		ProcessInstance registration = approved();

		// when
		correlate(registration, MESSAGE_LOST, Map.of(VAR_ACTOR, "rita"));
		runJobs();

		// then
		assertThat(registration).hasPassed(LOST, CLOSE_LOST, END_LOST).hasNotPassed(RECORD_WON_DEAL).isEnded();
	}

	@Test
	void anApprovedRegistrationWithoutProgressExpiresAndThePartnerIsTold() throws Exception {
		// given
		ProcessInstance registration = approved();

		// when the validity passes with no news
		ClockUtil.setCurrentTime(Date.from(REGISTERED.plus(VALID_FOR).plus(Duration.ofDays(2))));
		runJobs();

		// then
		assertThat(registration).hasPassed(EXPIRED, EXPIRE, SEND_EXPIRY, END_EXPIRED).isEnded();
	}

	@Test
	void anUpdateStartsTheValidityAgain() throws Exception {
		// given an approved registration, updated 80 days later
		ProcessInstance registration = approved();
		ClockUtil.setCurrentTime(Date.from(REGISTERED.plus(Duration.ofDays(80))));
		correlate(registration, MESSAGE_UPDATED, Map.of(VAR_EXPECTED_VALUE, "15000.00", VAR_EXPECTED_CLOSE_ON,
				"2026-09-30", VAR_ACTOR, "partner-contact"));
		runJobs();
		assertThat(registration).hasPassed(UPDATED, EXTEND, JOIN_OPEN);

		// when the first validity passes
		ClockUtil.setCurrentTime(Date.from(REGISTERED.plus(VALID_FOR).plus(Duration.ofDays(2))));
		runJobs();

		// then it still holds, and expires at the end of the new one
		assertThat(registration).isWaitingAt(WHAT_NEXT).hasNotPassed(EXPIRE);
		ClockUtil.setCurrentTime(Date.from(REGISTERED.plus(Duration.ofDays(80)).plus(VALID_FOR).plusSeconds(60)));
		runJobs();
		assertThat(registration).hasPassed(EXPIRE, END_EXPIRED).isEnded();
		verify(close, times(1)).execute(org.mockito.ArgumentMatchers.any());
		verify(mail, never()).execute(org.mockito.ArgumentMatchers.argThat(
				execution -> REMIND_REVIEWERS.equals(execution.getCurrentActivityId())));
	}

	ProcessInstance register() {
		return runtimeService().startProcessInstanceByKey(KEY, "P-2026-00042",
				withVariables(VAR_REGISTRATION_ID, 7L, VAR_COMPANY, "Azur Conseil", VAR_REFERENCE, "P-2026-00042",
						VAR_RECRUITER, "rita", VAR_CUSTOMER, "Acme Retail", VAR_PROJECT, "Store network",
						VAR_EXPECTED_VALUE, "12000.00", VAR_EXPECTED_CLOSE_ON, "2026-06-30", VAR_REVIEW_DUE_AT,
						Date.from(REGISTERED.plus(Duration.ofDays(3)))));
	}

	ProcessInstance approved() {
		ProcessInstance registration = register();
		complete(task(REVIEW, registration), withVariables(VAR_DECISION, DECISION_APPROVE));
		runJobs();
		assertThat(registration).hasPassed(APPROVE, SEND_APPROVAL).isWaitingAt(WHAT_NEXT);
		return registration;
	}

	static void correlate(ProcessInstance registration, String message, Map<String, Object> variables) {
		runtimeService().createMessageCorrelation(message)
			.processInstanceId(registration.getId())
			.setVariables(variables)
			.correlate();
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
