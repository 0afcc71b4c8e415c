package io.partnerflow.exitreview;

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

	RecordReviewListener listener = new RecordReviewListener(partners);

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
