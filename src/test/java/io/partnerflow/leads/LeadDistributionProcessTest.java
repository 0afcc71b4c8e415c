package io.partnerflow.leads;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.partnerflow.notification.SendNotificationDelegate;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.partnerflow.leads.LeadProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The lead's distribution on its own, each path a test: the routing proposes a partner and the lead
 * cell confirms it; the partner accepts, declines or keeps silent past its window (the lead then goes to
 * the next partner, and back to the cell when none is left, which offers it again or closes it); an
 * accepted lead is followed at its rhythm until it is won or lost, a silent partner is reminded and then
 * loses the lead; pre-sales help a partner on request. The steps that touch leads and mail are stand-ins
 * ({@link Leads} is tested through the application); the clock moves with {@link ClockUtil}.
 */
@Deployment(resources = { "bpmn/lead-distribution.bpmn", "forms/lead-distribution-confirm-partner.form",
		"forms/lead-distribution-decide-returned-lead.form", "forms/lead-distribution-support-offer.form" })
class LeadDistributionProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	static final Instant RECORDED = Instant.parse("2026-05-04T08:00:00Z");

	static final Duration ACCEPT_WITHIN = Duration.ofDays(2);

	static final Duration UPDATE_EVERY = Duration.ofDays(14);

	/** The partners the routing proposes, in turn; none left when empty. */
	final Deque<String> proposals = new ArrayDeque<>();

	SendNotificationDelegate mail = mock(SendNotificationDelegate.class);

	JavaDelegate withdraw = mock(JavaDelegate.class);

	JavaDelegate close = mock(JavaDelegate.class);

	TaskListener presalesGiven = mock(TaskListener.class);

	Leads leads = mock(Leads.class);

	@BeforeEach
	void standIns() {
		init(extension.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(RECORDED));
		Mocks.register("proposePartnerDelegate", (JavaDelegate) execution -> {
			String next = proposals.poll();
			execution.setVariable(VAR_PARTNER_PROPOSED, next != null);
			if (next == null) {
				execution.setVariable(VAR_RETURN_REASON, "No partner is left to offer it to");
				return;
			}
			execution.setVariable(VAR_PROPOSED_PARTNER, next);
			execution.setVariable(VAR_ASSIGNED_PARTNER, next);
			execution.setVariable(VAR_PROPOSAL, next + ": score 100, new partner in its 100 days");
			execution.setVariable(VAR_ELIGIBLE_PARTNERS,
					SpinValues.jsonValue("[{\"label\": \"" + next + "\", \"value\": \"" + next + "\"}]").create());
			execution.setVariable(VAR_CONFIRM_DUE_AT, Date.from(now().plus(Duration.ofDays(1))));
		});
		Mocks.register("offerLeadDelegate", (JavaDelegate) execution -> {
			execution.setVariable(VAR_PARTNER_REFERENCE, execution.getVariable(VAR_ASSIGNED_PARTNER));
			execution.setVariable(VAR_PARTNER_COMPANY, "Azur Conseil");
			execution.setVariable(VAR_RESPOND_BY, Date.from(now().plus(ACCEPT_WITHIN)));
		});
		Mocks.register("withdrawOfferDelegate", withdraw);
		Mocks.register("recordReminderDelegate", (JavaDelegate) execution -> execution.setVariables(Map.of(
				VAR_UPDATE_DUE_AT, Date.from(now().plus(UPDATE_EVERY)), VAR_PARTNER_REMINDED, true)));
		Mocks.register("takeBackLeadDelegate", (JavaDelegate) execution -> execution.setVariable(VAR_RETURN_REASON,
				"Taken back: no news since the acceptance, a reminder included"));
		Mocks.register("returnLeadDelegate", (JavaDelegate) execution -> execution.setVariable(VAR_DECIDE_DUE_AT,
				Date.from(now().plus(Duration.ofDays(3)))));
		Mocks.register("closeLeadDelegate", close);
		Mocks.register("sendNotificationDelegate", mail);
		Mocks.register("recordPresalesHelpListener", presalesGiven);
		when(leads.refusal(anyLong(), eq("P-2026-00099")))
			.thenReturn(Optional.of("Wrong Partner SA (P-2026-00099) is not eligible: at capacity: 5 open leads"));
		Mocks.register("leadFormRules", new LeadFormRules(leads));
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
		Mocks.reset();
	}

	@Test
	void theCellConfirmsThePartnerTheTableProposesAndTheLeadIsOfferedToIt() {
		// given
		proposals.add("P-2026-00042");
		ProcessInstance lead = record();

		// then the cell confirms the proposal within a day
		Task confirm = task(CONFIRM_PARTNER, lead);
		assertThat(confirm).hasCandidateGroup("leads");
		org.assertj.core.api.Assertions.assertThat(confirm.getName()).isEqualTo("Confirm partner: Hôtel Lumière (L-2026-00007)");
		org.assertj.core.api.Assertions.assertThat(confirm.getDueDate()).isEqualTo(Date.from(RECORDED.plus(Duration.ofDays(1))));

		// when it confirms
		complete(confirm);
		runJobs();

		// then the partner has the lead and two days to answer
		assertThat(lead).hasPassed(PROPOSE_PARTNER, OFFER_LEAD, SEND_LEAD_OFFER).isWaitingAt(PARTNER_ANSWER);
		org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(lead.getId(), VAR_PARTNER_REFERENCE))
			.isEqualTo("P-2026-00042");
		verify(mail, times(1)).execute(any());
	}

	@Test
	void thePartnerTheCellPicksMustBeOneTheLeadMayGoTo() {
		// given
		proposals.add("P-2026-00042");
		ProcessInstance lead = record();
		Task confirm = task(CONFIRM_PARTNER, lead);

		// then
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(confirm.getId(),
				withVariables(VAR_ASSIGNED_PARTNER, "P-2026-00099")))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Partner to pass the lead to: Wrong Partner SA (P-2026-00099) is not eligible");
		assertThat(lead).isWaitingAt(CONFIRM_PARTNER);

		// when the cell picks another eligible one
		complete(confirm, withVariables(VAR_ASSIGNED_PARTNER, "P-2026-00050"));
		runJobs();

		// then it is the one offered the lead
		org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(lead.getId(), VAR_PARTNER_REFERENCE))
			.isEqualTo("P-2026-00050");
	}

	@Test
	void aDeclinedLeadGoesToTheNextPartner() {
		// given
		ProcessInstance lead = offeredTo("P-2026-00042", "P-2026-00050");

		// when the partner declines
		correlate(lead, MESSAGE_DECLINED, Map.of());
		runJobs();

		// then the next partner is proposed, and the cell confirms it again
		assertThat(lead).hasPassed(LEAD_DECLINED, ROUTE).isWaitingAt(CONFIRM_PARTNER);
		org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(lead.getId(), VAR_ASSIGNED_PARTNER))
			.isEqualTo("P-2026-00050");
	}

	@Test
	void silenceBeyondTheAcceptanceWindowPassesTheLeadOnAndTellsThePartner() throws Exception {
		// given
		ProcessInstance lead = offeredTo("P-2026-00042", "P-2026-00050");

		// when the window is not over yet, nothing moves
		ClockUtil.setCurrentTime(Date.from(RECORDED.plus(ACCEPT_WITHIN).minusSeconds(60)));
		runJobs();
		assertThat(lead).isWaitingAt(PARTNER_ANSWER);

		// when it is over
		ClockUtil.setCurrentTime(Date.from(RECORDED.plus(ACCEPT_WITHIN).plusSeconds(60)));
		runJobs();

		// then the offer lapses, the partner is told, and the next one is proposed
		assertThat(lead).hasPassed(ANSWER_OVERDUE, WITHDRAW_OFFER, SEND_OFFER_WITHDRAWN).isWaitingAt(CONFIRM_PARTNER);
		verify(withdraw, times(1)).execute(any());
		verify(mail, times(2)).execute(any());
	}

	@Test
	void withNoPartnerLeftTheLeadGoesBackToTheCellWhichClosesItWithANote() throws Exception {
		// given a lead every partner declined
		ProcessInstance lead = offeredTo("P-2026-00042");
		correlate(lead, MESSAGE_DECLINED, Map.of());
		runJobs();

		// then it is back in the cell
		assertThat(lead).hasPassed(BACK_TO_CELL, RETURN_LEAD).isWaitingAt(DECIDE_RETURNED_LEAD);
		Task decide = task(DECIDE_RETURNED_LEAD, lead);
		assertThat(decide).hasCandidateGroup("leads");
		org.assertj.core.api.Assertions.assertThat(taskService().getVariable(decide.getId(), VAR_RETURN_REASON))
			.isEqualTo("No partner is left to offer it to");

		// a close needs its note
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(decide.getId(),
				withVariables(VAR_RETURNED_LEAD_DECISION, DECISION_CLOSE)))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Note is required to close the lead");

		// when the cell closes it
		complete(decide, withVariables(VAR_RETURNED_LEAD_DECISION, DECISION_CLOSE, VAR_CLOSE_NOTE,
				"The customer chose to buy directly"));
		runJobs();

		// then
		assertThat(lead).hasPassed(OFFER_AGAIN, CLOSE_LEAD, END_CLOSED).isEnded();
		verify(close, times(1)).execute(any());
	}

	@Test
	void theCellOffersAReturnedLeadAgainWhenAPartnerHasRoomByNow() {
		// given a lead back in the cell
		ProcessInstance lead = offeredTo("P-2026-00042");
		correlate(lead, MESSAGE_DECLINED, Map.of());
		runJobs();
		proposals.add("P-2026-00061");

		// when the cell offers it again
		complete(task(DECIDE_RETURNED_LEAD, lead), withVariables(VAR_RETURNED_LEAD_DECISION, DECISION_OFFER));
		runJobs();

		// then the routing proposes the partner that has room now
		assertThat(lead).isWaitingAt(CONFIRM_PARTNER);
		org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(lead.getId(), VAR_ASSIGNED_PARTNER))
			.isEqualTo("P-2026-00061");
	}

	@Test
	void anAcceptedLeadIsFollowedAtItsRhythmUntilItIsWon() {
		// given an accepted lead
		ProcessInstance lead = accepted();

		// when the partner reports progress within the rhythm, the rhythm starts again
		ClockUtil.setCurrentTime(Date.from(RECORDED.plus(Duration.ofDays(10))));
		correlate(lead, MESSAGE_STATUS_UPDATED, Map.of(VAR_UPDATE_DUE_AT, Date.from(now().plus(UPDATE_EVERY)),
				VAR_PARTNER_REMINDED, false));
		runJobs();
		assertThat(lead).hasPassed(STATUS_UPDATED).isWaitingAt(LEAD_NEWS);
		ClockUtil.setCurrentTime(Date.from(RECORDED.plus(Duration.ofDays(20))));
		runJobs();
		assertThat(lead).hasNotPassed(UPDATE_OVERDUE);

		// when it wins it
		correlate(lead, MESSAGE_WON, Map.of());

		// then
		assertThat(lead).hasPassed(LEAD_WON, END_WON).isEnded();
	}

	@Test
	void aLostLeadEnds() {
		// given
		ProcessInstance lead = accepted();

		// when
		correlate(lead, MESSAGE_LOST, Map.of());

		// then
		assertThat(lead).hasPassed(LEAD_LOST, END_LOST).hasNotPassed(LEAD_WON).isEnded();
	}

	@Test
	void aSilentPartnerIsRemindedThenLosesTheLeadToTheCell() {
		// given an accepted lead with no news for one period
		ProcessInstance lead = accepted();
		ClockUtil.setCurrentTime(Date.from(RECORDED.plus(UPDATE_EVERY).plusSeconds(60)));
		runJobs();

		// then the partner is reminded, and the lead stays with it
		assertThat(lead).hasPassed(UPDATE_OVERDUE, PARTNER_REMINDED, RECORD_REMINDER, SEND_UPDATE_REMINDER)
			.hasNotPassed(TAKE_BACK_LEAD)
			.isWaitingAt(LEAD_NEWS);

		// when a second period passes without news
		ClockUtil.setCurrentTime(Date.from(RECORDED.plus(UPDATE_EVERY.multipliedBy(2)).plusSeconds(120)));
		runJobs();

		// then the lead is taken back, the partner told, and the cell decides
		assertThat(lead).hasPassed(TAKE_BACK_LEAD, SEND_LEAD_TAKEN_BACK, RETURN_LEAD).isWaitingAt(DECIDE_RETURNED_LEAD);
		org.assertj.core.api.Assertions.assertThat(taskService().getVariable(task(DECIDE_RETURNED_LEAD, lead).getId(),
				VAR_RETURN_REASON)).isEqualTo("Taken back: no news since the acceptance, a reminder included");
	}

	@Test
	void newsAfterTheReminderKeepsTheLeadWithThePartner() {
		// given a reminded partner
		ProcessInstance lead = accepted();
		ClockUtil.setCurrentTime(Date.from(RECORDED.plus(UPDATE_EVERY).plusSeconds(60)));
		runJobs();

		// when it reports before the second period ends
		ClockUtil.setCurrentTime(Date.from(RECORDED.plus(Duration.ofDays(20))));
		correlate(lead, MESSAGE_STATUS_UPDATED, Map.of(VAR_UPDATE_DUE_AT, Date.from(now().plus(UPDATE_EVERY)),
				VAR_PARTNER_REMINDED, false));
		ClockUtil.setCurrentTime(Date.from(RECORDED.plus(UPDATE_EVERY.multipliedBy(2)).plusSeconds(120)));
		runJobs();

		// then the lead stays with it: the rhythm started again at its news
		assertThat(lead).hasNotPassed(TAKE_BACK_LEAD).isWaitingAt(LEAD_NEWS);
	}

	@Test
	void preSalesHelpThePartnerShapeItsOfferWithinFiveDays() throws Exception {
		// given an accepted lead
		ProcessInstance lead = accepted();

		// when the partner asks for help
		correlate(lead, MESSAGE_PRESALES_ASKED, Map.of(VAR_PRESALES_REQUEST, "A sizing of the booking system",
				VAR_PRESALES_DUE_AT, Date.from(now().plus(Duration.ofDays(5)))));

		// then sales get a task, due in five days, while the lead is still followed
		Task help = task(SUPPORT_OFFER, lead);
		assertThat(help).hasCandidateGroup("sales");
		org.assertj.core.api.Assertions.assertThat(help.getDueDate()).isEqualTo(Date.from(RECORDED.plus(Duration.ofDays(5))));
		org.assertj.core.api.Assertions.assertThat(help.getName()).isEqualTo("Support partner's offer: Hôtel Lumière (L-2026-00007)");
		assertThat(lead).isWaitingAt(LEAD_NEWS, SUPPORT_OFFER);

		// when they help
		complete(help, withVariables(VAR_PRESALES_SUMMARY, "Visited the customer with the partner, sized the system"));

		// then it is recorded and the lead goes on
		assertThat(lead).hasPassed(PRESALES_ASKED, END_PRESALES_GIVEN).isWaitingAt(LEAD_NEWS);
		verify(presalesGiven, times(1)).notify(any());
	}

	// the lead's story up to a point

	ProcessInstance record() {
		ProcessInstance lead = runtimeService().startProcessInstanceByKey(KEY, "L-2026-00007",
				withVariables(VAR_LEAD_ID, 7L, VAR_COMPANY, "Hôtel Lumière", VAR_CUSTOMER, "Hôtel Lumière", VAR_REFERENCE, "L-2026-00007",
						VAR_CUSTOMER_COUNTRY, "FR", VAR_PROJECT, "Booking system", VAR_MARKET, "Hospitality",
						VAR_CATEGORY, "Reseller", VAR_ESTIMATED_VALUE, "40000.00", VAR_SOURCE, "Trade fair"));
		runJobs();
		return lead;
	}

	/** A lead offered to the first of {@code partners}, the others proposed next. */
	ProcessInstance offeredTo(String... partners) {
		proposals.addAll(List.of(partners));
		ProcessInstance lead = record();
		complete(task(CONFIRM_PARTNER, lead));
		runJobs();
		assertThat(lead).isWaitingAt(PARTNER_ANSWER);
		return lead;
	}

	ProcessInstance accepted() {
		ProcessInstance lead = offeredTo("P-2026-00042");
		correlate(lead, MESSAGE_ACCEPTED, Map.of(VAR_UPDATE_DUE_AT, Date.from(now().plus(UPDATE_EVERY)),
				VAR_PARTNER_REMINDED, false));
		assertThat(lead).hasPassed(LEAD_ACCEPTED, FOLLOWING).isWaitingAt(LEAD_NEWS);
		return lead;
	}

	static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	static void correlate(ProcessInstance lead, String message, Map<String, Object> variables) {
		runtimeService().createMessageCorrelation(message).processInstanceId(lead.getId()).setVariables(variables).correlate();
	}

	static void runJobs() {
		for (int round = 0; round < 20; round++) {
			List<Job> due = managementService().createJobQuery().executable().list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> managementService().executeJob(job.getId()));
		}
		throw new IllegalStateException("Jobs keep coming");
	}

}
