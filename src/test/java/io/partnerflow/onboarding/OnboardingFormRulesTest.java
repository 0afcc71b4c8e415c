package io.partnerflow.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import io.partnerflow.system.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;

import static io.partnerflow.onboarding.OnboardingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The plan's rules its forms cannot declare, whichever door submits them: the joint business plan,
 * the integration milestone and the CEO meeting are dated between the contract signature and today,
 * the certified are among the trained.
 */
class OnboardingFormRulesTest {

	/** Today is a fixed day: the rules read it from this clock. */
	Clock clock = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);

	OnboardingFormRules rules = new OnboardingFormRules(clock);

	@Test
	void aBusinessPlanSignedBeforeTheContractOrInTheFutureIsRefused() {
		// given a contract signed ten days ago
		LocalDate today = LocalDate.now(clock);
		Date contract = Date.from(today.minusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant());

		// when the plan is dated the day before the contract, or tomorrow, or three days ago
		// then the first two are refused naming the field, the last is fine
		assertThat(rules.problems(businessPlan(contract, today.minusDays(11))))
			.containsExactly("Signature date cannot be before " + today.minusDays(10) + " (the contract signature)");
		assertThat(rules.problems(businessPlan(contract, today.plusDays(1))))
			.containsExactly("Signature date cannot be in the future");
		assertThat(rules.problems(businessPlan(contract, today.minusDays(3)))).isEmpty();
	}

	@Test
	void anIntegrationMilestoneOrACeoMeetingBeforeTheContractOrInTheFutureIsRefused() {
		// given a contract signed ten days ago
		LocalDate today = LocalDate.now(clock);
		Date contract = Date.from(today.minusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant());

		// when the milestone or the meeting is dated before the contract, tomorrow, or on the contract's day
		// then the first two are refused naming the field, the last is fine
		assertThat(rules.problems(dated(OnboardingFormRules.FORM_REACH_INTEGRATION_MILESTONE,
				VAR_INTEGRATION_MILESTONE_REACHED_ON, "Milestone reached on", contract, today.minusDays(11))))
			.containsExactly("Milestone reached on cannot be before " + today.minusDays(10) + " (the contract signature)");
		assertThat(rules.problems(dated(OnboardingFormRules.FORM_MEET_PARTNER_CEO, VAR_CEO_MEETING_HELD_ON, "Meeting date",
				contract, today.plusDays(1))))
			.containsExactly("Meeting date cannot be in the future");
		assertThat(rules.problems(dated(OnboardingFormRules.FORM_MEET_PARTNER_CEO, VAR_CEO_MEETING_HELD_ON, "Meeting date",
				contract, today.minusDays(10)))).isEmpty();
		assertThat(rules.problems(dated(OnboardingFormRules.FORM_REACH_INTEGRATION_MILESTONE,
				VAR_INTEGRATION_MILESTONE_REACHED_ON, "Milestone reached on", contract, today))).isEmpty();
	}

	@Test
	void anAcceptedMilestoneAndMeetingAreRecordedForWhoeverCompletedTheirTask() {
		// given the two tasks as their forms left them
		OnboardingPlanService plans = mock(OnboardingPlanService.class);
		LocalDate on = LocalDate.now(clock).minusDays(2);
		Map<String, Object> variables = Map.of(VAR_INTEGRATION_MILESTONE_REACHED_ON, on.toString(), VAR_INTEGRATION_SUMMARY,
				"Runs at a pilot site", VAR_CEO_MEETING_HELD_ON, on.toString(), VAR_CEO_MEETING_SUMMARY, "Joint offer");

		// when each completes
		new RecordPlanActionListener(plans).notify(completed(REACH_INTEGRATION_MILESTONE, "tess", variables));
		new RecordPlanActionListener(plans).notify(completed(MEET_PARTNER_CEO, "leo", variables));

		// then
		verify(plans).recordIntegrationMilestone("P-2026-00011", on, "Runs at a pilot site", "tess");
		verify(plans).recordCeoMeeting("P-2026-00011", on, "Joint offer", "leo");
	}

	@Test
	void theCertifiedCannotOutnumberTheTrained() {
		assertThat(rules.problems(SubmittedForm.of(OnboardingFormRules.FORM_TRAIN_SALES_PEOPLE, "P-2026-00011", null,
				Map.of(VAR_SALES_PEOPLE_TRAINED, 3, VAR_SALES_PEOPLE_CERTIFIED, 4), Map.of())))
			.containsExactly("Certified sales people cannot outnumber trained sales people");
		assertThat(rules.problems(SubmittedForm.of(OnboardingFormRules.FORM_TRAIN_TECHNICIANS, "P-2026-00011", null,
				Map.of(VAR_TECHNICIANS_TRAINED, "4", VAR_TECHNICIANS_CERTIFIED, 4), Map.of()))).isEmpty();
	}

	@Test
	void anAcceptedBusinessPlanIsRecordedForWhoeverCompletedTheTask() {
		// given the task as its form left it
		OnboardingPlanService plans = mock(OnboardingPlanService.class);
		LocalDate signedOn = LocalDate.now(clock).minusDays(3);
		Map<String, Object> variables = Map.of(VAR_BUSINESS_PLAN_SIGNED_ON, signedOn.toString(), VAR_YEARLY_OBJECTIVES,
				"Ten deals", VAR_MEANS_TO_REACH_THEM, "Two fairs");
		DelegateTask task = mock(DelegateTask.class, Answers.RETURNS_DEEP_STUBS);
		when(task.getTaskDefinitionKey()).thenReturn(SIGN_BUSINESS_PLAN);
		when(task.getExecution().getProcessBusinessKey()).thenReturn("P-2026-00011");
		when(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication()).thenReturn(null);
		when(task.getAssignee()).thenReturn("rita");
		when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));

		// when it completes
		new RecordPlanActionListener(plans).notify(task);

		// then
		verify(plans).recordBusinessPlan("P-2026-00011", signedOn, "Ten deals", "Two fairs", "rita");
	}

	static DelegateTask completed(String taskKey, String assignee, Map<String, Object> variables) {
		DelegateTask task = mock(DelegateTask.class, Answers.RETURNS_DEEP_STUBS);
		when(task.getTaskDefinitionKey()).thenReturn(taskKey);
		when(task.getExecution().getProcessBusinessKey()).thenReturn("P-2026-00011");
		when(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication()).thenReturn(null);
		when(task.getAssignee()).thenReturn(assignee);
		when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
		return task;
	}

	static SubmittedForm dated(String formId, String key, String label, Date contractSignedAt, LocalDate on) {
		return SubmittedForm.of(formId, "P-2026-00011", null, Map.of(VAR_CONTRACT_SIGNED_AT, contractSignedAt, key,
				on.toString()), Map.of(key, label));
	}

	static SubmittedForm businessPlan(Date contractSignedAt, LocalDate signedOn) {
		return SubmittedForm.of(OnboardingFormRules.FORM_SIGN_BUSINESS_PLAN, "P-2026-00011", null,
				Map.of(VAR_CONTRACT_SIGNED_AT, contractSignedAt, VAR_BUSINESS_PLAN_SIGNED_ON, signedOn.toString()),
				Map.of(VAR_BUSINESS_PLAN_SIGNED_ON, "Signature date"));
	}

}
