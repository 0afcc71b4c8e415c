package io.partnerflow.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;

import static io.partnerflow.onboarding.OnboardingProcess.SIGN_BUSINESS_PLAN;
import static io.partnerflow.onboarding.OnboardingProcess.VAR_BUSINESS_PLAN_SIGNED_ON;
import static io.partnerflow.onboarding.OnboardingProcess.VAR_CONTRACT_SIGNED_AT;
import static io.partnerflow.onboarding.OnboardingProcess.VAR_MEANS_TO_REACH_THEM;
import static io.partnerflow.onboarding.OnboardingProcess.VAR_YEARLY_OBJECTIVES;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The joint business plan is dated between the contract signature and today, whichever door submits it. */
class RecordPlanActionListenerTest {

	OnboardingPlanService plans = mock(OnboardingPlanService.class);

	/** Today is a fixed day: the listener reads it from this clock. */
	Clock clock = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);

	RecordPlanActionListener listener = new RecordPlanActionListener(plans, clock);

	@Test
	void aBusinessPlanSignedBeforeTheContractOrInTheFutureIsRefused() {
		// given a contract signed ten days ago
		LocalDate today = LocalDate.now(clock);
		Date contract = Date.from(today.minusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant());

		// when the plan is dated the day before the contract, or tomorrow
		DelegateTask before = submitted(contract, today.minusDays(11));
		DelegateTask future = submitted(contract, today.plusDays(1));

		// then both are refused naming the field, and nothing is recorded
		assertThatThrownBy(() -> listener.notify(before)).isInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("Signature date")
			.hasMessageContaining("the contract signature");
		assertThatThrownBy(() -> listener.notify(future)).isInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("Signature date");
		verify(plans, never()).recordBusinessPlan(anyString(), any(), anyString(), anyString(), anyString());

		// and a plan signed after the contract is recorded
		listener.notify(submitted(contract, today.minusDays(3)));
		verify(plans).recordBusinessPlan("P-2026-00011", today.minusDays(3), "Ten deals", "Two fairs", "rita");
	}

	static DelegateTask submitted(Date contractSignedAt, LocalDate signedOn) {
		Map<String, Object> variables = Map.of(VAR_CONTRACT_SIGNED_AT, contractSignedAt, VAR_BUSINESS_PLAN_SIGNED_ON,
				signedOn.toString(), VAR_YEARLY_OBJECTIVES, "Ten deals", VAR_MEANS_TO_REACH_THEM, "Two fairs");
		DelegateTask task = mock(DelegateTask.class, Answers.RETURNS_DEEP_STUBS);
		when(task.getTaskDefinitionKey()).thenReturn(SIGN_BUSINESS_PLAN);
		when(task.getExecution().getProcessBusinessKey()).thenReturn("P-2026-00011");
		when(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication()).thenReturn(null);
		when(task.getAssignee()).thenReturn("rita");
		when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
		return task;
	}

}
