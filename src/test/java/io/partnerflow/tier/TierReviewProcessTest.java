package io.partnerflow.tier;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import io.partnerflow.notification.SendNotificationDelegate;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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

import static io.partnerflow.tier.TierReviewProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The tier review on the in-memory engine: the quarterly schedule walks every partner in the network
 * in batches, each batch a job, each partner's review an instance of its own; one partner's review,
 * after a won deal or on the schedule, evaluates the real decision table and tells the partner only
 * when its tier changed. The real delegates, over stand-ins for the partners' records, the figures and
 * the mail step; the clock moves with {@link ClockUtil}.
 */
@Deployment(resources = { "bpmn/partner-tier-review.bpmn", "bpmn/partner-tier.dmn" })
class TierReviewProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	static final LocalDateTime DEPLOYED = LocalDateTime.of(2026, 3, 15, 10, 0);

	static final String REFERENCE = "P-2026-00042";

	PartnerService partners = mock(PartnerService.class);

	TierFigures figures = mock(TierFigures.class);

	SendNotificationDelegate mail = mock(SendNotificationDelegate.class);

	/** The variables each mail step found, in the order the mails went. */
	List<Map<String, Object>> letters = new ArrayList<>();

	@BeforeEach
	void standIns() throws Exception {
		init(extension.getProcessEngine());
		ClockUtil.setCurrentTime(at(DEPLOYED));
		Mocks.register("tierReviewSettings", new TierReviewSettings("0 0 6 1 1,4,7,10 ?", 200));
		Mocks.register("tierFigures", figures);
		Mocks.register("startTierReviewsDelegate", new StartTierReviewsDelegate(partners, new TierReviewSettings("0 0 6 1 1,4,7,10 ?", 200)));
		Mocks.register("recordTierReviewDelegate", new RecordTierReviewDelegate(
				new TierReviews(partners, new TierRules(repositoryService()))));
		Mocks.register("sendNotificationDelegate", mail);
		doAnswer(call -> letters.add(new HashMap<>(call.<DelegateExecution>getArgument(0).getVariables()))).when(mail)
			.execute(any());
		Partner partner = mock(Partner.class);
		when(partner.getCountry()).thenReturn("DE");
		when(partner.getStatus()).thenReturn(PartnerStatus.ACTIVE);
		when(partners.get(anyString())).thenReturn(partner);
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
		Mocks.reset();
	}

	@Test
	void eachQuarterEveryPartnerInTheNetworkIsReviewedOneBatchAJobAtATime() {
		// given 450 partners in the network, and the model deployed mid-March: its timer waits for 1 April, 06:00
		List<Partner> network = LongStream.rangeClosed(1, 450).mapToObj(TierReviewProcessTest::partner).toList();
		when(partners.inStatusAfter(eq(REVIEWED), anyLong(), anyInt())).thenAnswer(call -> {
			long after = call.getArgument(1);
			int limit = call.getArgument(2);
			return network.stream().filter(p -> p.getId() > after).limit(limit).toList();
		});
		Job timer = timer();
		org.assertj.core.api.Assertions.assertThat(timer.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 4, 1, 6, 0)));

		// when the quarter starts
		ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 4, 1, 6, 0, 1)));
		execute(timer);
		ProcessInstance schedule = processInstanceQuery().processDefinitionKey(KEY).singleResult();

		// then each batch of 200 is a job of its own, which starts 200 reviews and waits for the next
		assertThat(schedule).isWaitingAt(START_REVIEWS);
		execute(job(schedule));
		org.assertj.core.api.Assertions.assertThat(reviewsWaiting()).isEqualTo(200);
		assertThat(schedule).isWaitingAt(START_REVIEWS);
		execute(job(schedule));
		org.assertj.core.api.Assertions.assertThat(reviewsWaiting()).isEqualTo(400);
		execute(job(schedule));

		// and after the last one, every partner has its review, once, and the schedule ends
		assertThat(schedule).hasPassed(SCHEDULE_START, JOIN_NEXT_BATCH, START_REVIEWS, MORE_PARTNERS, END_REVIEWS_STARTED)
			.isEnded();
		org.assertj.core.api.Assertions.assertThat(reviewsWaiting()).isEqualTo(450);
		org.assertj.core.api.Assertions.assertThat(processInstanceQuery().processDefinitionKey(KEY).list())
			.extracting(ProcessInstance::getBusinessKey)
			.doesNotHaveDuplicates()
			.contains("P-1", "P-200", "P-201", "P-450");
		org.assertj.core.api.Assertions.assertThat(historyService().createHistoricVariableInstanceQuery()
			.processInstanceId(schedule.getId()).variableName(VAR_REVIEWS_STARTED).singleResult().getValue()).isEqualTo(450L);
		// and the next review is due at the next quarter
		org.assertj.core.api.Assertions.assertThat(timer().getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 7, 1, 6, 0)));
	}

	@Test
	void aPartnerWhoseRevenueFallsMovesDownATierAndIsToldWhatTheTierAboveNeeds() {
		// given a Gold partner whose deals of the last 12 months fell to 120,000 EUR, its people still certified
		when(partners.reviewTier(eq(REFERENCE), anyString(), anyString(), anyString())).thenReturn("Gold");
		figures(120_000, 3, 2);

		// when its scheduled review runs
		ProcessInstance review = runtimeService().startProcessInstanceByMessage(MESSAGE_REVIEW_DUE, REFERENCE,
				Map.of(VAR_OCCASION, OCCASION_SCHEDULED));
		assertThat(review).isWaitingAt(DETERMINE_TIER);
		execute(job(review));
		execute(job(review));
		assertThat(review).isWaitingAt(SEND_TIER_CHANGE);
		execute(job(review));

		// then the table gave Silver, the change was recorded with its figures, and the partner is told
		assertThat(review).hasPassed(REVIEW_DUE_START, JOIN_REVIEW, DETERMINE_TIER, RECORD_REVIEW, TIER_CHANGED,
				SEND_TIER_CHANGE, END_TIER_CHANGED).isEnded();
		org.mockito.Mockito.verify(partners).reviewTier(REFERENCE, "Silver", PartnerService.SYSTEM_ACTOR,
				"120,000 EUR of deals won in the last 12 months, 3 certified sales people, 2 certified technicians (scheduled review)");
		org.assertj.core.api.Assertions.assertThat(letters).hasSize(1);
		org.assertj.core.api.Assertions.assertThat(letters.get(0)).containsEntry(TierLetter.PREVIOUS_TIER, "Gold")
			.containsEntry(TierLetter.NEW_TIER, "Silver")
			.containsEntry(TierLetter.REVENUE, "120,000")
			.containsEntry(TierLetter.SALES_PEOPLE, "3")
			.containsEntry(TierLetter.TECHNICIANS, "2")
			// what Gold needs, as the deployed table says
			.containsEntry(TierLetter.NEXT_TIER, "Gold")
			.containsEntry(TierLetter.NEXT_TIER_REVENUE, "≥ 500,000")
			.containsEntry(TierLetter.NEXT_TIER_SALES_PEOPLE, "≥ 3")
			.containsEntry(TierLetter.NEXT_TIER_TECHNICIANS, "≥ 2");
	}

	@Test
	void aReviewThatKeepsTheTierSendsNoMail() {
		// given a Gold partner that still meets Gold's conditions
		when(partners.reviewTier(eq(REFERENCE), anyString(), anyString(), anyString())).thenReturn("Gold");
		figures(800_000, 4, 2);

		// when its review runs
		ProcessInstance review = runtimeService().startProcessInstanceByMessage(MESSAGE_REVIEW_DUE, REFERENCE);
		execute(job(review));
		execute(job(review));

		// then the review is recorded (the timeline's line) and no mail goes out
		assertThat(review).hasPassed(RECORD_REVIEW, END_TIER_KEPT).hasNotPassed(SEND_TIER_CHANGE).isEnded();
		org.mockito.Mockito.verify(partners).reviewTier(eq(REFERENCE), eq("Gold"), anyString(), anyString());
		org.assertj.core.api.Assertions.assertThat(letters).isEmpty();
	}

	@Test
	void aWonDealReviewsItsPartnerAtOnceAndTheTopTierHasNoTierAbove() {
		// given a Gold partner whose won deal takes it to 2.1 MEUR with 5 sales people and 3 technicians certified
		when(partners.reviewTier(eq(REFERENCE), anyString(), anyString(), anyString())).thenReturn("Gold");
		figures(2_100_000, 5, 3);

		// when the deal is won
		ProcessInstance review = runtimeService().startProcessInstanceByMessage(MESSAGE_DEAL_WON, REFERENCE,
				Map.of(VAR_OCCASION, OCCASION_DEAL_WON));
		execute(job(review));
		execute(job(review));
		execute(job(review));

		// then it is Platinum, told so, with no tier above to reach
		assertThat(review).hasPassed(DEAL_WON_START, JOIN_REVIEW, DETERMINE_TIER, SEND_TIER_CHANGE, END_TIER_CHANGED)
			.isEnded();
		org.mockito.Mockito.verify(partners).reviewTier(eq(REFERENCE), eq("Platinum"), anyString(),
				org.mockito.ArgumentMatchers.endsWith("(won deal)"));
		org.assertj.core.api.Assertions.assertThat(letters.get(0)).containsEntry(TierLetter.NEW_TIER, "Platinum")
			.containsEntry(TierLetter.REVENUE, "2,100,000")
			.containsEntry(TierLetter.NEXT_TIER, "");
	}

	@Test
	void aPartnerThatLeftBeforeItsReviewRanIsNotReviewedNorWrittenTo() {
		// given a partner that exited after its scheduled review started, whose figures would move it down
		Partner exited = mock(Partner.class);
		when(exited.getStatus()).thenReturn(PartnerStatus.EXITED);
		when(exited.getTier()).thenReturn("Gold");
		when(partners.get(REFERENCE)).thenReturn(exited);
		figures(0, 0, 0);

		// when its review runs
		ProcessInstance review = runtimeService().startProcessInstanceByMessage(MESSAGE_REVIEW_DUE, REFERENCE);
		execute(job(review));
		execute(job(review));

		// then nothing is recorded and no mail goes out
		assertThat(review).hasPassed(END_TIER_KEPT).hasNotPassed(SEND_TIER_CHANGE).isEnded();
		org.mockito.Mockito.verify(partners, org.mockito.Mockito.never()).reviewTier(anyString(), anyString(), anyString(),
				anyString());
		org.assertj.core.api.Assertions.assertThat(letters).isEmpty();
	}

	private void figures(long revenue, int salesPeople, int technicians) {
		when(figures.yearlyRevenue(REFERENCE)).thenReturn(revenue);
		when(figures.certifiedSalesPeople(REFERENCE)).thenReturn(salesPeople);
		when(figures.certifiedTechnicians(REFERENCE)).thenReturn(technicians);
	}

	private static Partner partner(long id) {
		Partner partner = mock(Partner.class);
		when(partner.getId()).thenReturn(id);
		when(partner.getReference()).thenReturn("P-" + id);
		return partner;
	}

	private static long reviewsWaiting() {
		return runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).activityIdIn(DETERMINE_TIER).count();
	}

	private static Job timer() {
		return managementService().createJobQuery().timers().processDefinitionKey(KEY).singleResult();
	}

	private static Date at(LocalDateTime local) {
		return Date.from(local.atZone(ZoneId.systemDefault()).toInstant());
	}

}
