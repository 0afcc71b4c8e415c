package io.partnerflow.onboarding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.partnerflow.deals.DealWon;
import io.partnerflow.system.ConflictException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** What the 100-day plan hears of the deals module's {@link DealWon}. */
class FirstDealSignalTest {

	final RuntimeService runtime = mock(RuntimeService.class);

	final FirstDealSignal signal = new FirstDealSignal(runtime);

	@Test
	void aLaterDealLeavesThePlanAlone() {
		signal.on(deal(false));

		verifyNoInteractions(runtime);
	}

	@Test
	void aPlanThatMovedOnAtTheSameMomentRefusesTheFirstDealSoThatNothingIsRecorded() {
		// given a running plan whose message correlation meets a concurrent change
		ProcessInstance plan = mock(ProcessInstance.class);
		when(plan.getId()).thenReturn("plan-1");
		ProcessInstanceQuery query = mock(ProcessInstanceQuery.class, RETURNS_SELF);
		when(query.list()).thenReturn(List.of(plan));
		when(runtime.createProcessInstanceQuery()).thenReturn(query);
		MessageCorrelationBuilder correlation = mock(MessageCorrelationBuilder.class, RETURNS_SELF);
		when(correlation.correlateAllWithResult()).thenThrow(new OptimisticLockingException("plan-1 changed"));
		when(runtime.createMessageCorrelation(OnboardingProcess.MESSAGE_DEAL_WON)).thenReturn(correlation);

		// when the first deal is heard, then the refusal rolls the deal's transaction back: a 409
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> signal.on(deal(true)))
			.withMessageContaining("nothing was recorded");
		verify(runtime).setVariable("plan-1", OnboardingProcess.VAR_FIRST_DEAL_SIGNED, true);
	}

	static DealWon deal(boolean first) {
		return new DealWon("P-2026-00001", "Acme", BigDecimal.TEN, LocalDate.of(2026, 6, 1), first);
	}

}
