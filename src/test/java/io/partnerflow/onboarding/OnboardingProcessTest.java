package io.partnerflow.onboarding;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.partnerflow.exitreview.ExitReviewProcess;
import io.partnerflow.notification.SendNotificationDelegate;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.partner.PartnerService;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.partnerflow.onboarding.OnboardingProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The 100-day plan, path by path, on an in-memory engine: the calendar is real (default delays), the
 * tier and plan decision tables are real, the plan's opening and its steps' gateways are the real
 * beans over a stand-in of the plan's record, the exit review is the real model; delegates that touch
 * partners and mail are stand-ins. The clock moves through day 100, month 6 and month 9.
 */
@Deployment(resources = { "bpmn/partner-onboarding.bpmn", "bpmn/exit-review.bpmn", "bpmn/partner-tier.dmn",
		"bpmn/onboarding-plan.dmn" })
class OnboardingProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
		.build();

	static final String REFERENCE = "P-2026-00001";

	static final Instant SIGNED = Instant.parse("2026-01-05T09:00:00Z");

	/** The stand-in for the autonomy found by the reviews: the day-100 review's answers. */
	AutonomyReviews autonomyReviews = mock(AutonomyReviews.class);

	/** Whether the day-100 review found the partner autonomous on both counts. */
	boolean autonomous;

	/** How often the recurring autonomy reviews were started. */
	int reviewsScheduled;

	/** What the stand-in for the tier recording believes the partner's tier is. */
	String recordedTier;

	/** The decision's inputs, as the plan records give them. */
	PartnerTierInputs tierInputs = mock(PartnerTierInputs.class);

	/** The plan's record as the service keeps it: what "Open 100-day plan" recorded, which the gateways read. */
	OnboardingPlan record;

	/** The partner's facts the plan decision reads. */
	PartnerCategory category = PartnerCategory.RESELLER;

	long annualRevenue = 2_500_000;

	@BeforeEach
	void standIns() {
		init(extension.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(SIGNED));
		Partner partner = mock(Partner.class);
		when(partner.getRecruiter()).thenReturn("rita");
		when(partner.getCompany()).thenReturn("Azur Conseil");
		when(partner.getReference()).thenReturn(REFERENCE);
		when(partner.getCategory()).thenAnswer(invocation -> category);
		PartnerService partners = mock(PartnerService.class);
		when(partners.get(REFERENCE)).thenReturn(partner);
		OnboardingPlanService plans = mock(OnboardingPlanService.class);
		when(plans.yearlyRevenue(REFERENCE)).thenAnswer(invocation -> annualRevenue);
		when(plans.open(eq(REFERENCE), any(), any(), any(), any())).thenAnswer(invocation -> {
			OnboardingPlanService.DecidedSteps decided = invocation.getArgument(3);
			record = new OnboardingPlan(1L, invocation.getArgument(1), Instant.now());
			record.contractType = invocation.getArgument(2);
			record.technicalTraining = decided.technicalTraining();
			record.integrationMilestone = decided.integrationMilestone();
			record.ceoMeeting = decided.ceoMeeting();
			return partner;
		});
		when(plans.steps(REFERENCE)).thenAnswer(invocation -> record.steps());
		JavaDelegate openPlan = new OpenOnboardingPlanDelegate(plans, OnboardingCalendar.withDefaults());
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
		Mocks.register("onboardingPlanSteps", new OnboardingPlanSteps(plans, partners));
		Mocks.register("openOnboardingPlanDelegate", openPlan);
		Mocks.register("recordPartnerTierDelegate", recordTier);
		Mocks.register("activatePartnerDelegate", nothing);
		Mocks.register("sendNotificationDelegate", mock(SendNotificationDelegate.class));
		Mocks.register("showPlanFactsListener", accept);
		Mocks.register("openExitReviewDelegate", (JavaDelegate) execution -> execution.setVariable(VAR_RECRUITER, "rita"));
		Mocks.register("applyReviewDecisionDelegate", nothing);
		Mocks.register("terminateContractDelegate", nothing);
		Mocks.register("recordReviewListener", accept);
		// the day-100 review's record, as the plan keeps it, is what the gateway after it reads
		Mocks.register("recordPlanActionListener", (TaskListener) task -> {
			if (REVIEW_AUTONOMY.equals(task.getTaskDefinitionKey())) {
				autonomous = "yes".equals(task.getVariable(VAR_COMMERCIALLY_AUTONOMOUS))
						&& "yes".equals(task.getVariable(VAR_TECHNICALLY_AUTONOMOUS));
			}
		});
		when(autonomyReviews.reached(REFERENCE)).thenAnswer(call -> autonomous);
		Mocks.register("autonomyReviews", autonomyReviews);
		Mocks.register("scheduleAutonomyReviewsDelegate", (JavaDelegate) execution -> reviewsScheduled++);
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
		// autonomous on both counts at day 100: no review to follow
		assertThat(plan).hasPassed(AUTONOMY_REACHED_AT_DAY_HUNDRED).hasNotPassed(SCHEDULE_AUTONOMY_REVIEWS);
		org.assertj.core.api.Assertions.assertThat(reviewsScheduled).isZero();
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
		// not commercially autonomous yet: its recurring reviews are started, once, with the review
		assertThat(plan).hasPassed(SCHEDULE_AUTONOMY_REVIEWS, END_AUTONOMY_REVIEWS_SCHEDULED).hasNotPassed(END_PLAN_REVIEWED);
		org.assertj.core.api.Assertions.assertThat(reviewsScheduled).isOne();

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

	@Test
	void aPlanStartedWithoutAContractTypeIsTheStandardPlan() {
		// when a plan starts as the earlier recruitments started it, with its contract's date only
		ProcessInstance plan = startPlan();

		// then it has the steps every plan had: technical training, no integration milestone, no CEO meeting
		assertThat(plan).hasPassed(DECIDE_PLAN_STEPS, NO_INTEGRATION_MILESTONE, NO_CEO_MEETING)
			.hasNotPassed(NO_TECHNICAL_TRAINING)
			.isWaitingAt(TRAIN_SALES_PEOPLE, TRAIN_TECHNICIANS, SIGN_BUSINESS_PLAN, RUN_LEAD_CAMPAIGN,
					SUPPORT_FIRST_VISITS, DAY_HUNDRED);
		org.assertj.core.api.Assertions.assertThat(record.contractType).isNull();
		org.assertj.core.api.Assertions.assertThat(record.steps()).isEqualTo(PlanStep.STANDARD);
	}

	@Test
	void aReferralPartnersPlanHasNoTechnicalTraining() {
		// when a referral partner's plan starts
		ProcessInstance plan = startPlan("REFERRAL");

		// then nobody trains or certifies its technicians: the step is not part of its plan, not left undone
		assertThat(plan).hasPassed(DECIDE_PLAN_STEPS, NO_TECHNICAL_TRAINING, NO_INTEGRATION_MILESTONE, NO_CEO_MEETING)
			.isWaitingAt(TRAIN_SALES_PEOPLE, SIGN_BUSINESS_PLAN, RUN_LEAD_CAMPAIGN, SUPPORT_FIRST_VISITS, DAY_HUNDRED)
			.hasNotPassed(TRAIN_TECHNICIANS);
		org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().taskDefinitionKey(TRAIN_TECHNICIANS).count())
			.isZero();
		org.assertj.core.api.Assertions.assertThat(record.contractType).isEqualTo("REFERRAL");
		org.assertj.core.api.Assertions.assertThat(record.steps()).doesNotContain(PlanStep.TRAIN_TECHNICIANS)
			.contains(PlanStep.TRAIN_SALES_PEOPLE, PlanStep.SIGN_BUSINESS_PLAN);

		// and when its sales people are trained, the tier is decided from them alone, and day 100 ends the plan
		certified(3, 0);
		complete(task(TRAIN_SALES_PEOPLE, plan));
		runJobs();
		at(100);
		runJobs();
		complete(task(REVIEW_AUTONOMY, plan), autonomy("yes", "no"));
		assertThat(plan).hasPassed(RECORD_TIER).hasNotPassed(TRAIN_TECHNICIANS).isWaitingAt(WAITING_UNTIL_MONTH_SIX);
		org.assertj.core.api.Assertions.assertThat(recordedTier).isEqualTo("Silver");
	}

	@ParameterizedTest
	@ValueSource(strings = { "OEM", "WHITE_LABEL" })
	void anOemOrWhiteLabelPartnerReachesAnIntegrationMilestoneWithTraining(String contractType) {
		// given a partner of 1 MEUR a year: not strategic
		annualRevenue = 1_000_000;

		// when its plan starts
		ProcessInstance plan = startPlan(contractType);

		// then training owns an integration milestone, due at day 80, beside the technicians' training
		assertThat(plan).isWaitingAt(TRAIN_SALES_PEOPLE, TRAIN_TECHNICIANS, REACH_INTEGRATION_MILESTONE,
				SIGN_BUSINESS_PLAN, RUN_LEAD_CAMPAIGN, SUPPORT_FIRST_VISITS, DAY_HUNDRED)
			.hasPassed(NO_CEO_MEETING);
		Task milestone = task(REACH_INTEGRATION_MILESTONE, plan);
		org.assertj.core.api.Assertions.assertThat(milestone.getName())
			.isEqualTo("Reach integration milestone: Azur Conseil (" + REFERENCE + ")");
		org.assertj.core.api.Assertions.assertThat(milestone.getDueDate())
			.isEqualTo(Date.from(SIGNED.plus(java.time.Duration.ofDays(80))));
		assertThat(milestone).hasCandidateGroup("training");
		org.assertj.core.api.Assertions.assertThat(record.steps()).contains(PlanStep.REACH_INTEGRATION_MILESTONE)
			.doesNotContain(PlanStep.MEET_PARTNER_CEO);

		// when training validates the integration
		complete(milestone);

		// then the milestone is reached, and the plan goes on to day 100
		assertThat(plan).hasPassed(INTEGRATION_MILESTONE_REACHED).isWaitingAt(TRAIN_TECHNICIANS, DAY_HUNDRED);
	}

	@Test
	void aStrategicPartnersCeoMeetsOurs() {
		// given an alliance with a partner of 6 MEUR a year: strategic (the rule of the plan decision)
		annualRevenue = 6_000_000;

		// when its plan starts
		ProcessInstance plan = startPlan("ALLIANCE");

		// then our leadership has a task to meet its CEO, due at day 45; technical training, no integration milestone
		assertThat(plan).isWaitingAt(TRAIN_SALES_PEOPLE, TRAIN_TECHNICIANS, MEET_PARTNER_CEO, SIGN_BUSINESS_PLAN,
				RUN_LEAD_CAMPAIGN, SUPPORT_FIRST_VISITS, DAY_HUNDRED)
			.hasPassed(NO_INTEGRATION_MILESTONE);
		Task meeting = task(MEET_PARTNER_CEO, plan);
		assertThat(meeting).hasCandidateGroup("leadership");
		org.assertj.core.api.Assertions.assertThat(meeting.getName())
			.isEqualTo("Meet partner's CEO: Azur Conseil (" + REFERENCE + ")");
		org.assertj.core.api.Assertions.assertThat(meeting.getDueDate())
			.isEqualTo(Date.from(SIGNED.plus(java.time.Duration.ofDays(45))));

		// when the CEOs have met
		complete(meeting);

		// then that branch of the plan is done
		assertThat(plan).hasPassed(CEOS_MET).isWaitingAt(TRAIN_TECHNICIANS, DAY_HUNDRED);
	}

	@Test
	void aStrategicOemPartnerHasEveryStep() {
		// given an OEM partner of 5 MEUR a year
		annualRevenue = 5_000_000;

		// when its plan starts
		ProcessInstance plan = startPlan("OEM");

		// then it has technical training, the integration milestone and the CEO meeting
		assertThat(plan).isWaitingAt(TRAIN_SALES_PEOPLE, TRAIN_TECHNICIANS, REACH_INTEGRATION_MILESTONE, MEET_PARTNER_CEO,
				SIGN_BUSINESS_PLAN, RUN_LEAD_CAMPAIGN, SUPPORT_FIRST_VISITS, DAY_HUNDRED);

		// and day 100 ends every unfinished step with the plan
		at(100);
		runJobs();
		complete(task(REVIEW_AUTONOMY, plan), autonomy("no", "no"));
		org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().processInstanceId(plan.getId()).count())
			.isZero();
		assertThat(plan).isWaitingAt(WAITING_UNTIL_MONTH_SIX);
	}

	@Test
	void aStrategicReferralPartnerMeetsOurCeoWithoutTechnicalTraining() {
		// given a technology provider of 30 MEUR a year that refers business to us
		category = PartnerCategory.TECHNOLOGY;
		annualRevenue = 30_000_000;

		// when its plan starts
		ProcessInstance plan = startPlan("REFERRAL");

		// then: no technical training (referral), a CEO meeting (strategic)
		assertThat(plan).isWaitingAt(TRAIN_SALES_PEOPLE, MEET_PARTNER_CEO, SIGN_BUSINESS_PLAN, RUN_LEAD_CAMPAIGN,
				SUPPORT_FIRST_VISITS, DAY_HUNDRED)
			.hasPassed(NO_TECHNICAL_TRAINING, NO_INTEGRATION_MILESTONE);
	}

	@Test
	void aTechnologyProviderOfFiveMillionIsStrategicWhateverItsContract() {
		// given a technology provider of 5 MEUR a year with a resale contract
		category = PartnerCategory.TECHNOLOGY;
		annualRevenue = 5_000_000;

		// when its plan starts
		ProcessInstance plan = startPlan("RESALE");

		// then our CEO meets its CEO; a reseller of the same size would not be strategic
		assertThat(plan).hasPassed(DECIDE_PLAN_STEPS).isWaitingAt(MEET_PARTNER_CEO);
		org.assertj.core.api.Assertions.assertThat(record.steps()).contains(PlanStep.MEET_PARTNER_CEO);
	}

	@Test
	void aResalePartnerOfFiveMillionIsNotStrategic() {
		// given a reseller of 5 MEUR a year with a resale contract
		annualRevenue = 5_000_000;

		// when its plan starts
		ProcessInstance plan = startPlan("RESALE");

		// then it has the standard plan
		assertThat(plan).hasPassed(NO_CEO_MEETING, NO_INTEGRATION_MILESTONE).isWaitingAt(TRAIN_TECHNICIANS);
	}

	@Test
	void theStepsAreTheRecordedDecisionsNotTheVariables() {
		// given a referral partner's plan decided and opened, its welcome mail not sent yet
		ProcessInstance plan = runtimeService().startProcessInstanceByKey(KEY, REFERENCE,
				Map.of(VAR_CONTRACT_SIGNED_AT, Date.from(SIGNED), VAR_CONTRACT_TYPE, "REFERRAL"));
		runJob(DECIDE_PLAN_STEPS);
		runJob(OPEN_PLAN);
		assertThat(plan).isWaitingAt(SEND_WELCOME);

		// when the variables say otherwise before the plan's steps start (only an administrator could write them)
		runtimeService().setVariables(plan.getId(), Map.of(VAR_TECHNICAL_TRAINING, true, VAR_INTEGRATION_MILESTONE, true,
				VAR_CEO_MEETING, true, VAR_CONTRACT_TYPE, "OEM"));
		runJobs();

		// then the plan has the steps its own decision gave and its record keeps
		assertThat(plan).hasPassed(NO_TECHNICAL_TRAINING, NO_INTEGRATION_MILESTONE, NO_CEO_MEETING)
			.hasNotPassed(TRAIN_TECHNICIANS, REACH_INTEGRATION_MILESTONE, MEET_PARTNER_CEO);
	}

	@Test
	void aPlanThatReachesItsOpeningWithoutADecisionGetsTheStandardPlan() {
		// given a plan moved to this version while it waited for its opening (as a migration may): no decision made
		ProcessInstance plan = runtimeService().createProcessInstanceByKey(KEY)
			.businessKey(REFERENCE)
			.setVariables(Map.of(VAR_CONTRACT_SIGNED_AT, Date.from(SIGNED), VAR_CONTRACT_TYPE, "REFERRAL"))
			.startBeforeActivity(OPEN_PLAN)
			.execute();

		// when it opens
		runJobs();

		// then it has the plan every partner had before the decision
		assertThat(plan).hasNotPassed(DECIDE_PLAN_STEPS)
			.isWaitingAt(TRAIN_SALES_PEOPLE, TRAIN_TECHNICIANS, SIGN_BUSINESS_PLAN, RUN_LEAD_CAMPAIGN,
					SUPPORT_FIRST_VISITS, DAY_HUNDRED);
		org.assertj.core.api.Assertions.assertThat(record.steps()).isEqualTo(PlanStep.STANDARD);
	}

	// --- steps -------------------------------------------------------------------------------

	ProcessInstance startPlan() {
		ProcessInstance plan = runtimeService().startProcessInstanceByKey(KEY, REFERENCE,
				Map.of(VAR_CONTRACT_SIGNED_AT, Date.from(SIGNED)));
		runJobs();
		assertThat(plan).hasPassed(OPEN_PLAN, SEND_WELCOME);
		return plan;
	}

	/** As the recruitment starts it: the contract's date and the type legal chose. */
	ProcessInstance startPlan(String contractType) {
		ProcessInstance plan = runtimeService().startProcessInstanceByKey(KEY, REFERENCE,
				Map.of(VAR_CONTRACT_SIGNED_AT, Date.from(SIGNED), VAR_CONTRACT_TYPE, contractType));
		runJobs();
		assertThat(plan).hasPassed(DECIDE_PLAN_STEPS, OPEN_PLAN, SEND_WELCOME);
		return plan;
	}

	/** Runs the job of this step. */
	static void runJob(String activityId) {
		managementService().executeJob(managementService().createJobQuery().activityId(activityId).singleResult().getId());
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
