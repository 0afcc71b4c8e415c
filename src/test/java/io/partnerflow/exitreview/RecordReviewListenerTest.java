package io.partnerflow.exitreview;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import io.partnerflow.partner.PartnerService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;

import static io.partnerflow.exitreview.ExitReviewProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The review's rules that forms cannot enforce: what each review may decide, and the exception's reason. */
class RecordReviewListenerTest {

	PartnerService partners = mock(PartnerService.class);

	/** Today is a fixed day: the listener reads it from this clock. */
	Clock clock = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);

	RecordReviewListener listener = new RecordReviewListener(partners, clock);

	@Test
	void extendingIsRefusedAtTheFinalReview() {
		DelegateTask task = submitted(DECIDE_FINAL_EXIT, Map.of(VAR_REVIEW_DECISION, DECISION_EXTEND));

		assertThatThrownBy(() -> listener.notify(task)).isInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("Decision must be one of exit, exception");
		verify(partners, never()).record(anyString(), anyString(), anyString(), anyString());
	}

	@Test
	void anExceptionIsRefusedAtMonthSix() {
		DelegateTask task = submitted(REVIEW_PARTNERSHIP,
				Map.of(VAR_REVIEW_DECISION, DECISION_EXCEPTION, VAR_DECISION_REASON, "Big prospect"));

		assertThatThrownBy(() -> listener.notify(task)).hasMessageContaining("Decision must be one of extend, exit");
	}

	@Test
	void anExceptionNeedsTheManagersWrittenReason() {
		DelegateTask task = submitted(DECIDE_FINAL_EXIT, Map.of(VAR_REVIEW_DECISION, DECISION_EXCEPTION));

		assertThatThrownBy(() -> listener.notify(task)).hasMessageContaining("Reason is required");
	}

	@Test
	void anExceptionWithItsReasonGoesToThePartnersTimeline() {
		DelegateTask task = submitted(DECIDE_FINAL_EXIT,
				Map.of(VAR_REVIEW_DECISION, DECISION_EXCEPTION, VAR_DECISION_REASON, "Strategic account about to sign"));

		listener.notify(task);

		verify(partners).record("P-2026-00009", "mona", "REVIEW_MONTH_9",
				"Final review at month 9: exception (Strategic account about to sign)");
	}

	@Test
	void anExitConversationIsRefusedBeforeTheExitDecisionOrInTheFuture() {
		// given the exit decided (the conversation task created) ten days ago
		LocalDate today = LocalDate.now(clock);
		Date decided = Date.from(today.minusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant());

		// when the conversation is dated before the decision, or tomorrow
		DelegateTask before = submitted(HOLD_EXIT_CONVERSATION, Map.of(VAR_EXIT_CONVERSATION_ON,
				today.minusDays(11).toString(), VAR_EXIT_CONVERSATION_SUMMARY, "Talked it through"));
		when(before.getCreateTime()).thenReturn(decided);
		DelegateTask future = submitted(HOLD_EXIT_CONVERSATION, Map.of(VAR_EXIT_CONVERSATION_ON,
				today.plusDays(1).toString(), VAR_EXIT_CONVERSATION_SUMMARY, "Talked it through"));
		when(future.getCreateTime()).thenReturn(decided);

		// then both are refused with the field's name, and nothing enters the timeline
		assertThatThrownBy(() -> listener.notify(before)).isInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("Date of the conversation")
			.hasMessageContaining("the exit decision");
		assertThatThrownBy(() -> listener.notify(future)).isInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("Date of the conversation");
		verify(partners, never()).record(anyString(), anyString(), anyString(), anyString());

		// and a date between the decision and today is recorded
		DelegateTask held = submitted(HOLD_EXIT_CONVERSATION, Map.of(VAR_EXIT_CONVERSATION_ON,
				today.minusDays(2).toString(), VAR_EXIT_CONVERSATION_SUMMARY, "Talked it through"));
		when(held.getCreateTime()).thenReturn(decided);
		listener.notify(held);
		verify(partners).record("P-2026-00009", "mona", "EXIT_CONVERSATION",
				"Exit conversation on " + today.minusDays(2) + ": Talked it through");
	}

	static DelegateTask submitted(String taskKey, Map<String, Object> variables) {
		DelegateTask task = mock(DelegateTask.class, Answers.RETURNS_DEEP_STUBS);
		when(task.getTaskDefinitionKey()).thenReturn(taskKey);
		when(task.getExecution().getProcessBusinessKey()).thenReturn("P-2026-00009");
		when(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication()).thenReturn(null);
		when(task.getAssignee()).thenReturn("mona");
		when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
		return task;
	}

}
