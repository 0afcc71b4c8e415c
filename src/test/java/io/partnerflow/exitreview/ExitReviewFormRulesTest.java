package io.partnerflow.exitreview;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;

import static io.partnerflow.exitreview.ExitReviewProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The review's rules its forms cannot declare: the exception's reason, the date of the exit
 * conversation. (What each review may decide is its form's: FormSchemaTest.)
 */
class ExitReviewFormRulesTest {

	/** Today is a fixed day: the rules read it from this clock. */
	Clock clock = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);

	ExitReviewFormRules rules = new ExitReviewFormRules(clock);

	@Test
	void anExceptionNeedsTheManagersWrittenReason() {
		assertThat(rules.problems(finalExit(Map.of(VAR_REVIEW_DECISION, DECISION_EXCEPTION))))
			.containsExactly("Reason is required for an exception");
		assertThat(rules.problems(finalExit(Map.of(VAR_REVIEW_DECISION, DECISION_EXCEPTION, VAR_DECISION_REASON, "Big prospect"))))
			.isEmpty();
		assertThat(rules.problems(finalExit(Map.of(VAR_REVIEW_DECISION, DECISION_EXIT)))).isEmpty();
	}

	@Test
	void anExceptionWithItsReasonGoesToThePartnersTimeline() {
		PartnerService partners = mock(PartnerService.class);
		DelegateTask task = completed(DECIDE_FINAL_EXIT,
				Map.of(VAR_REVIEW_DECISION, DECISION_EXCEPTION, VAR_DECISION_REASON, "Strategic account about to sign"));

		new RecordReviewListener(partners).notify(task);

		verify(partners).record("P-2026-00009", "mona", "REVIEW_MONTH_9",
				"Final review at month 9: exception (Strategic account about to sign)");
	}

	@Test
	void anExitConversationIsRefusedBeforeTheExitDecisionOrInTheFuture() {
		// given the exit decided (the conversation task created) ten days ago
		LocalDate today = LocalDate.now(clock);
		Instant decided = today.minusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant();

		// when the conversation is dated before the decision, or tomorrow, or two days ago
		// then the first two are refused with the field's name, the last is fine
		assertThat(rules.problems(conversation(decided, today.minusDays(11))))
			.containsExactly("Date of the conversation cannot be before " + today.minusDays(10) + " (the exit decision)");
		assertThat(rules.problems(conversation(decided, today.plusDays(1))))
			.containsExactly("Date of the conversation cannot be in the future");
		assertThat(rules.problems(conversation(decided, today.minusDays(2)))).isEmpty();
	}

	static SubmittedForm finalExit(Map<String, Object> values) {
		return SubmittedForm.of(ExitReviewFormRules.FORM_DECIDE_FINAL_EXIT, "P-2026-00009", null, values,
				Map.of(VAR_DECISION_REASON, "Reason"));
	}

	static SubmittedForm conversation(Instant taskCreated, LocalDate heldOn) {
		return SubmittedForm.of(ExitReviewFormRules.FORM_HOLD_EXIT_CONVERSATION, "P-2026-00009", taskCreated,
				Map.of(VAR_EXIT_CONVERSATION_ON, heldOn.toString(), VAR_EXIT_CONVERSATION_SUMMARY, "Talked it through"),
				Map.of(VAR_EXIT_CONVERSATION_ON, "Date of the conversation"));
	}

	static DelegateTask completed(String taskKey, Map<String, Object> variables) {
		DelegateTask task = mock(DelegateTask.class, Answers.RETURNS_DEEP_STUBS);
		when(task.getTaskDefinitionKey()).thenReturn(taskKey);
		when(task.getExecution().getProcessBusinessKey()).thenReturn("P-2026-00009");
		when(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication()).thenReturn(null);
		when(task.getAssignee()).thenReturn("mona");
		when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
		return task;
	}

}
