package io.partnerflow.onboarding;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.partnerflow.exitreview.ExitReviewProcess;
import io.partnerflow.notification.SendNotificationDelegate;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * The 100-day plan, path by path, on an in-memory engine: the calendar is real (default delays), the
 * tier decision table is real, the exit review is the real model; delegates that touch partners and
 * mail are stand-ins. The clock moves through day 100, month 6 and month 9.
 */
@Deployment(resources = { "bpmn/partner-onboarding.bpmn", "bpmn/exit-review.bpmn", "bpmn/partner-tier.dmn" })
class OnboardingProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
		.build();

	static final String REFERENCE = "P-2026-00001";

	static final Instant SIGNED = Instant.parse("2026-01-05T09:00:00Z");

	/** What the stand-in for the tier recording believes the partner's tier is. */
	String recordedTier;

	/** The decision's inputs, as the plan records give them. */
	PartnerTierInputs tierInputs = mock(PartnerTierInputs.class);

	@BeforeEach
	void standIns() {
		init(extension.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(SIGNED));
		JavaDelegate openPlan = execution -> {
			execution.setVariable(VAR_RECRUITER, "rita");
			execution.setVariable(VAR_COMPANY, "Azur Conseil");
			execution.setVariable(VAR_REFERENCE, execution.getProcessBusinessKey());
			if (!execution.hasVariable(VAR_FIRST_DEAL_SIGNED)) {
				execution.setVariable(VAR_FIRST_DEAL_SIGNED, false);
			}
		};
		JavaDelegate recordTier = execution -> {
			String tier = (String) execution.getVariable(VAR_NEW_TIER);
			execution.setVariable(VAR_TIER_CHANGED, !Objects.equals(tier, recordedTier));
			recordedTier = tier;
		};
		JavaDelegate nothing = execution -> {
		};
		TaskListener accept = task -> {
		};
		Mocks.register("onboardingCalendar", OnboardingCalendar.withDefaults());
		Mocks.register("partnerTierInputs", tierInputs);
		Mocks.register("openOnboardingPlanDelegate", openPlan);
		Mocks.register("recordPartnerTierDelegate", recordTier);
		Mocks.register("activatePartnerDelegate", nothing);
		Mocks.register("sendNotificationDelegate", mock(SendNotificationDelegate.class));
		Mocks.register("recordPlanActionListener", accept);
		Mocks.register("showPlanFactsListener", accept);
		Mocks.register("openExitReviewDelegate", (JavaDelegate) execution -> execution.setVariable(VAR_RECRUITER, "rita"));
		Mocks.register("applyReviewDecisionDelegate", nothing);
		Mocks.register("terminateContractDelegate", nothing);
		Mocks.register("recordReviewListener", accept);
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
		Mocks.reset();
	}

	@Test
	void aDealBeforeDayHundredIsAnnouncedAndMakesThePartnerActiveAtTheReview() {
		// given
		ProcessInstance plan = startPlan();
		assertThat(plan).isWaitingAt(TRAIN_SALES_PEOPLE, TRAIN_TECHNICIANS, SIGN_BUSINESS_PLAN, RUN_LEAD_CAMPAIGN,
				SUPPORT_FIRST_VISITS, DAY_HUNDRED);
		org.assertj.core.api.Assertions.assertThat(task(SIGN_BUSINESS_PLAN, plan).getAssignee()).isEqualTo("rita");
		org.assertj.core.api.Assertions.assertThat(task(TRAIN_SALES_PEOPLE, plan).getDueDate())
			.isEqualTo(Date.from(SIGNED.plus(java.time.Duration.ofDays(45))));
		org.assertj.core.api.Assertions.assertThat(task(TRAIN_SALES_PEOPLE, plan).getName())
			.isEqualTo("Train sales people: Azur Conseil (" + plan.getBusinessKey() + ")");

		// when
		at(40);
		dealWon();
		runJobs();
		at(100);
		runJobs();
		complete(task(REVIEW_AUTONOMY, plan), autonomy("yes", "yes"));
		runJobs();

		// then
		assertThat(plan).hasPassed(ANNOUNCE_FIRST_DEAL, ACTIVATE_PARTNER, SEND_PARTNER_ACTIVE)
			.hasNotPassed(WAITING_UNTIL_MONTH_SIX)
			.isEnded();
		assertThat(plan).hasPassed(END_PARTNER_ACTIVE);
	}

	@Test
	void aDealBetweenDayHundredAndMonthSixMakesThePartnerActive() {
		// given: every action of the plan done, no deal at the day-100 review
		ProcessInstance plan = startPlan();
		completeEveryAction(plan);
		at(100);
		runJobs();
		complete(task(REVIEW_AUTONOMY, plan), autonomy("no", "yes"));
		assertThat(plan).isWaitingAt(WAITING_UNTIL_MONTH_SIX);

		// when
		at(150);
		dealWon();
		runJobs();

		// then
		assertThat(plan).hasPassed("EndEvent_BusinessPlanSigned", "EndEvent_LeadsPassed",
				"EndEvent_FirstVisitsSupported", "EndEvent_TierUpToDate", FIRST_DEAL_BEFORE_MONTH_SIX,
				ACTIVATE_PARTNER)
			.hasNotPassed(ANNOUNCE_FIRST_DEAL, FIRST_REVIEW)
			.isEnded();
		assertThat(plan).hasPassed(END_PARTNER_ACTIVE);
	}

	@Test
	void withoutADealTheMonthSixReviewCanEndThePartnership() {
		// given
		ProcessInstance plan = reviewedWithoutDeal();

		// when
		monthSixReview(plan, ExitReviewProcess.DECISION_EXIT);
		exitConversation(plan);

		// then
		assertThat(plan).hasPassed(MONTH_SIX, FIRST_REVIEW, END_PARTNER_EXITED).hasNotPassed(ACTIVATE_PARTNER).isEnded();
	}

	@Test
	void anExtendedPartnerWithADealAtMonthEightBecomesActive() {
		// given
		ProcessInstance plan = reviewedWithoutDeal();
		monthSixReview(plan, ExitReviewProcess.DECISION_EXTEND);
		assertThat(plan).isWaitingAt(WAITING_UNTIL_MONTH_NINE);

		// when
		atMonths(8);
		dealWon();
		runJobs();

		// then
		assertThat(plan).hasPassed(FIRST_REVIEW, FIRST_DEAL_BEFORE_MONTH_NINE, ACTIVATE_PARTNER)
			.hasNotPassed(FINAL_REVIEW)
			.isEnded();
		assertThat(plan).hasPassed(END_PARTNER_ACTIVE);
	}

	@Test
	void anExtendedPartnerWithoutADealExitsAtMonthNine() {
		// given
		ProcessInstance plan = reviewedWithoutDeal();
		monthSixReview(plan, ExitReviewProcess.DECISION_EXTEND);

		// when
		finalReview(plan, ExitReviewProcess.DECISION_EXIT);
		exitConversation(plan);

		// then
		assertThat(plan).hasPassed(MONTH_NINE, FINAL_REVIEW, END_PARTNER_EXITED).isEnded();
	}

	@Test
	void theFinalReviewCanKeepThePartnerByException() {
		// given
		ProcessInstance plan = reviewedWithoutDeal();
		monthSixReview(plan, ExitReviewProcess.DECISION_EXTEND);

		// when
		finalReview(plan, ExitReviewProcess.DECISION_EXCEPTION);

		// then
		assertThat(plan).hasPassed(FINAL_REVIEW, END_KEPT_BY_EXCEPTION).hasNotPassed(END_PARTNER_EXITED).isEnded();
	}

	@Test
	void aDealDuringTheMonthSixReviewEndsItInThePartnersFavour() {
		// given: the manager has the review open
		ProcessInstance plan = reviewedWithoutDeal();
		atMonths(6);
		runJobs();
		ProcessInstance review = calledProcessInstance(ExitReviewProcess.KEY, plan);
		assertThat(review).isWaitingAt(ExitReviewProcess.REVIEW_PARTNERSHIP);

		// when
		dealWon();
		runJobs();

		// then
		assertThat(review).isEnded();
		assertThat(plan).hasPassed(FIRST_DEAL_DURING_FIRST_REVIEW, ACTIVATE_PARTNER)
			.hasNotPassed("Gateway_FirstReviewOutcome")
			.isEnded();
	}

	@Test
	void aDealDuringTheExitConversationAtMonthNineStillSavesThePartner() {
		// given: the final review decided the exit and the recruiter has not spoken to the partner yet
		ProcessInstance plan = reviewedWithoutDeal();
		monthSixReview(plan, ExitReviewProcess.DECISION_EXTEND);
		finalReview(plan, ExitReviewProcess.DECISION_EXIT);
		assertThat(calledProcessInstance(ExitReviewProcess.KEY, plan))
			.isWaitingAt(ExitReviewProcess.HOLD_EXIT_CONVERSATION);

		// when
		dealWon();
		runJobs();

		// then
		assertThat(plan).hasPassed(FIRST_DEAL_DURING_FINAL_REVIEW, END_PARTNER_ACTIVE)
			.hasNotPassed(END_PARTNER_EXITED)
			.isEnded();
	}

	@Test
	void trainingThatReachesGoldChangesTheTierOnceAndIsAnnounced() {
		// given: a partner with 2.5 million EUR a year
		ProcessInstance plan = startPlan();

		// when: 3 sales people and 2 technicians certified, then the technicians' task is done
		certified(3, 0);
		complete(task(TRAIN_SALES_PEOPLE, plan));
		runJobs();
		String afterSales = recordedTier;
		certified(3, 2);
		complete(task(TRAIN_TECHNICIANS, plan));
		runJobs();

		// then
		org.assertj.core.api.Assertions.assertThat(afterSales).isEqualTo("Silver");
		org.assertj.core.api.Assertions.assertThat(recordedTier).isEqualTo("Gold");
		org.assertj.core.api.Assertions.assertThat(historyService().createHistoricActivityInstanceQuery()
			.activityId(SEND_TIER_CHANGE)
			.count()).isEqualTo(2);
	}

	@Test
	void trainingThatKeepsTheTierSendsNoMail() {
		// given: the partner is already Gold
		ProcessInstance plan = startPlan();
		recordedTier = "Gold";

		// when
		certified(4, 2);
		complete(task(TRAIN_SALES_PEOPLE, plan));
		runJobs();

		// then
		assertThat(plan).hasPassed(RECORD_TIER, "EndEvent_TierUpToDate").hasNotPassed(SEND_TIER_CHANGE);
		org.assertj.core.api.Assertions.assertThat(recordedTier).isEqualTo("Gold");
	}

	// --- steps -------------------------------------------------------------------------------

	ProcessInstance startPlan() {
		ProcessInstance plan = runtimeService().startProcessInstanceByKey(KEY, REFERENCE,
				Map.of(VAR_CONTRACT_SIGNED_AT, Date.from(SIGNED)));
		runJobs();
		assertThat(plan).hasPassed(OPEN_PLAN, SEND_WELCOME);
		return plan;
	}

	ProcessInstance reviewedWithoutDeal() {
		ProcessInstance plan = startPlan();
		at(100);
		runJobs();
		complete(task(REVIEW_AUTONOMY, plan), autonomy("no", "no"));
		assertThat(plan).hasPassed(FIRST_DEAL_SIGNED).isWaitingAt(WAITING_UNTIL_MONTH_SIX);
		return plan;
	}

	void monthSixReview(ProcessInstance plan, String decision) {
		atMonths(6);
		runJobs();
		ProcessInstance review = calledProcessInstance(ExitReviewProcess.KEY, plan);
		complete(task(ExitReviewProcess.REVIEW_PARTNERSHIP, review), withVariables(VAR_REVIEW_DECISION, decision));
		runJobs();
	}

	void finalReview(ProcessInstance plan, String decision) {
		atMonths(9);
		runJobs();
		ProcessInstance review = calledProcessInstance(ExitReviewProcess.KEY, plan);
		complete(task(ExitReviewProcess.DECIDE_FINAL_EXIT, review), withVariables(VAR_REVIEW_DECISION, decision,
				ExitReviewProcess.VAR_DECISION_REASON, "Strategic account in negotiation"));
		runJobs();
	}

	void exitConversation(ProcessInstance plan) {
		ProcessInstance review = calledProcessInstance(ExitReviewProcess.KEY, plan);
		complete(task(ExitReviewProcess.HOLD_EXIT_CONVERSATION, review),
				withVariables(ExitReviewProcess.VAR_EXIT_CONVERSATION_SUMMARY, "Agreed to part"));
		runJobs();
	}

	void completeEveryAction(ProcessInstance plan) {
		certified(2, 1);
		complete(task(TRAIN_SALES_PEOPLE, plan));
		complete(task(TRAIN_TECHNICIANS, plan));
		complete(task(SIGN_BUSINESS_PLAN, plan));
		complete(task(RUN_LEAD_CAMPAIGN, plan));
		complete(task(SUPPORT_FIRST_VISITS, plan));
		runJobs();
	}

	/** What the API does when the partner's first deal is recorded. */
	void dealWon() {
		new FirstDealSignal(runtimeService()).firstDealWon(REFERENCE);
	}

	static Map<String, Object> autonomy(String commercial, String technical) {
		return withVariables(VAR_COMMERCIALLY_AUTONOMOUS, commercial, VAR_TECHNICALLY_AUTONOMOUS, technical);
	}

	/** What the plan's records say when the tier is decided, for a partner with 2.5 million EUR a year. */
	void certified(int salesPeople, int technicians) {
		when(tierInputs.certifiedSalesPeople(REFERENCE)).thenReturn(salesPeople);
		when(tierInputs.certifiedTechnicians(REFERENCE)).thenReturn(technicians);
		when(tierInputs.yearlyRevenue(REFERENCE)).thenReturn(2_500_000L);
	}

	static void at(int days) {
		ClockUtil.setCurrentTime(Date.from(SIGNED.plus(java.time.Duration.ofDays(days)).plusSeconds(60)));
	}

	static void atMonths(int months) {
		ClockUtil.setCurrentTime(Date.from(SIGNED.atZone(ZoneOffset.UTC).plusMonths(months).toInstant().plusSeconds(60)));
	}

	/** Runs every due job, as the job executor would, until none is left. */
	static void runJobs() {
		for (int round = 0; round < 50; round++) {
			List<Job> due = managementService().createJobQuery().executable().list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> managementService().executeJob(job.getId()));
		}
		throw new IllegalStateException("Jobs keep coming");
	}

}
