package io.partnerflow.conduct;

import java.time.Instant;
import java.util.Date;

import io.partnerflow.exitreview.ExitReviewProcess;
import io.partnerflow.notification.SendNotificationDelegate;
import io.partnerflow.onboarding.OnboardingCalendar;
import io.partnerflow.support.Jobs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

import static io.partnerflow.conduct.PartnerCardProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A card's process: the letter to the partner always; a red card that opens a review calls the exit
 * review (round redCard), whose decision the manager takes with the cards in front of them. The card
 * record's answer and the delegates touching partners and mail are stand-ins.
 */
@Deployment(resources = { "bpmn/partner-card.bpmn", "bpmn/exit-review.bpmn" })
class PartnerCardProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
		.build();

	Cards cards = mock(Cards.class);

	SendNotificationDelegate mail = mock(SendNotificationDelegate.class);

	@BeforeEach
	void standIns() {
		init(extension.getProcessEngine());
		Mocks.register("cards", cards);
		Mocks.register("sendNotificationDelegate", mail);
		Mocks.register("onboardingCalendar", OnboardingCalendar.withDefaults());
		Mocks.register("openExitReviewDelegate", (JavaDelegate) execution -> execution.setVariable(
				ExitReviewProcess.VAR_RECRUITER, "rita"));
		Mocks.register("applyReviewDecisionDelegate", mock(JavaDelegate.class));
		Mocks.register("terminateContractDelegate", mock(JavaDelegate.class));
		Mocks.register("recordReviewListener", (TaskListener) task -> {
		});
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	@Test
	void aYellowCardIsSentToThePartnerAndOpensNoReview() throws Exception {
		// given a card whose record opens no review
		when(cards.opensExitReview(1L)).thenReturn(false);

		// when
		ProcessInstance card = issue(1L, "YELLOW");
		runJobs();

		// then
		assertThat(card).hasPassed(SEND_CARD_LETTER, END_CARD_SENT).hasNotPassed(REVIEW_AFTER_RED_CARD).isEnded();
		verify(mail, times(1)).execute(any());
	}

	@Test
	void aRedCardOpensTheExitReviewWhereAManagerDecidesWithTheCardsInFrontOfThem() throws Exception {
		// given a red card whose record opens the review
		when(cards.opensExitReview(2L)).thenReturn(true);

		// when
		ProcessInstance card = issue(2L, "RED");
		runJobs();

		// then the letter went out and the review waits for a manager, in its red card round
		assertThat(card).hasPassed(SEND_CARD_LETTER).isWaitingAt(REVIEW_AFTER_RED_CARD);
		ArgumentCaptor<DelegateExecution> sent = ArgumentCaptor.forClass(DelegateExecution.class);
		verify(mail, times(1)).execute(sent.capture());
		ProcessInstance review = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey(ExitReviewProcess.KEY)
			.processInstanceBusinessKey("P-2026-00042")
			.singleResult();
		Task decision = taskService().createTaskQuery().processInstanceId(review.getId()).singleResult();
		org.assertj.core.api.Assertions.assertThat(decision.getTaskDefinitionKey())
			.isEqualTo(ExitReviewProcess.DECIDE_EXIT_AFTER_RED_CARD);
		assertThat(decision).hasCandidateGroup("managers");
		org.assertj.core.api.Assertions.assertThat(taskService().getVariable(decision.getId(), VAR_CARD_FACTS))
			.isEqualTo("Red card of 2026-12-01 by Mona: took the lead to a competitor");
		org.assertj.core.api.Assertions.assertThat(taskService().getVariable(decision.getId(),
				ExitReviewProcess.VAR_REVIEW_ROUND)).isEqualTo(ExitReviewProcess.ROUND_RED_CARD);

		// when the manager keeps the partner by exception
		complete(decision, withVariables(ExitReviewProcess.VAR_REVIEW_DECISION, ExitReviewProcess.DECISION_EXCEPTION,
				ExitReviewProcess.VAR_DECISION_REASON, "The competitor was the customer's choice"));
		runJobs();

		// then the review ends, and the card's process with it
		assertThat(review).hasPassed(ExitReviewProcess.KEEP_BY_EXCEPTION).isEnded();
		assertThat(card).hasPassed(REVIEW_AFTER_RED_CARD, END_PARTNERSHIP_REVIEWED).isEnded();
		org.assertj.core.api.Assertions.assertThat(historyService().createHistoricVariableInstanceQuery()
			.processInstanceId(card.getId()).variableName(ExitReviewProcess.VAR_REVIEW_DECISION).singleResult().getValue())
			.isEqualTo(ExitReviewProcess.DECISION_EXCEPTION);
	}

	@Test
	void aRedCardOnAPartnerInReviewAlreadyIsSentWithoutASecondReview() throws Exception {
		// given a red card whose record opens no review (the partner's is open)
		when(cards.opensExitReview(3L)).thenReturn(false);

		// when
		ProcessInstance card = issue(3L, "RED");
		runJobs();

		// then
		assertThat(card).hasPassed(SEND_CARD_LETTER, END_CARD_SENT).hasNotPassed(REVIEW_AFTER_RED_CARD).isEnded();
		org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery()
			.processDefinitionKey(ExitReviewProcess.KEY).count()).isZero();
	}

	ProcessInstance issue(long cardId, String colour) {
		return runtimeService().startProcessInstanceByKey(KEY, "P-2026-00042",
				withVariables(VAR_CARD_ID, cardId, VAR_CARD_COLOUR, colour, VAR_CARD_REASON,
						"took the lead to a competitor", VAR_CARD_ISSUED_BY, "mona", VAR_CARD_FACTS,
						"Red card of 2026-12-01 by Mona: took the lead to a competitor", VAR_CONTRACT_SIGNED_AT,
						Date.from(Instant.parse("2026-01-05T09:00:00Z"))));
	}

	/** Runs the engine's jobs: this test never moves the clock, and its engine holds its own instances only. */
	static void runJobs() {
		Jobs.runUntilNone(managementService(), () -> managementService().createJobQuery());
	}

}
