package io.partnerflow.recruitment;

import static io.partnerflow.recruitment.RecruitmentProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.partnerflow.notification.SendNotificationDelegate;
import io.partnerflow.onboarding.StartOnboardingPlanDelegate;
import io.partnerflow.partner.DuplicatePartnerException;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerNotFoundException;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.recruitmentplan.RecruitmentPlans;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.system.CurrentUser;
import io.partnerflow.system.EngineClock;
import io.partnerflow.system.FormRefusedException;
import jakarta.validation.Validation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of partner-recruitment, on an in-memory engine, with the committee stood in for. */
@Deployment(resources = { "bpmn/partner-recruitment.bpmn", "bpmn/selection-criteria.dmn", "stubs/committee-vote-stub.bpmn",
		"forms/partner-recruitment-list-candidate.form", "forms/partner-recruitment-approach-candidate.form", "forms/partner-recruitment-record-application-file.form",
		"forms/partner-recruitment-sign-contract.form" })
class RecruitmentProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml").build();

	static final String REFERENCE = "P-2026-0001";

	static final String UNKNOWN = "P-2026-99999";

	final PartnerService partners = mock(PartnerService.class);

	final ApplicationFiles applicationFiles = mock(ApplicationFiles.class);

	final SendNotificationDelegate mails = mock(SendNotificationDelegate.class);

	final StartOnboardingPlanDelegate onboarding = mock(StartOnboardingPlanDelegate.class);

	final RecruitmentPlans plans = mock(RecruitmentPlans.class);

	final List<String> statuses = new java.util.ArrayList<>();

	@BeforeEach
	void registerBeans() {
		// the Spring tests' engine may share this JVM: assert on this class's engine
		init(extension.getProcessEngine());
		Partner partner = mock(Partner.class);
		when(partner.getReference()).thenReturn(REFERENCE);
		when(partner.getCompany()).thenReturn("Acme Systems");
		when(partner.getMarket()).thenReturn("Retail");
		when(partner.getCountry()).thenReturn("FR");
		when(partner.getCategory()).thenReturn(io.partnerflow.partner.PartnerCategory.RESELLER);
		when(partner.getRecruiter()).thenReturn("rita");
		when(partner.getStatus()).thenReturn(PartnerStatus.CANDIDATE);
		when(partners.get(REFERENCE)).thenReturn(partner);
		when(partners.getForRecruitment(REFERENCE)).thenReturn(partner);
		when(partners.getForRecruitment(UNKNOWN)).thenThrow(new PartnerNotFoundException(UNKNOWN));
		when(partners.register(any(), anyString())).thenReturn(partner);
		when(partners.changeStatus(eq(REFERENCE), any(), anyString(), any())).thenAnswer(call -> {
			statuses.add(call.getArgument(1, PartnerStatus.class).name());
			return partner;
		});
		Mocks.register("registerCandidateDelegate", new RegisterCandidateDelegate(new Recruitments(partners,
				applicationFiles, runtimeService(), Validation.buildDefaultValidatorFactory().getValidator(),
				new CurrentUser(identityService()))));
		Mocks.register("checkSelectionCriteriaDelegate", new CheckSelectionCriteriaDelegate(partners, plans, new EngineClock()));
		Mocks.register("changePartnerStatusDelegate", new ChangePartnerStatusDelegate(partners));
		Mocks.register("recruitmentFormRules", new RecruitmentFormRules(partners, new EngineClock()));
		Mocks.register("recruitmentSettings", new RecruitmentSettings(14, 14, 45, 30));
		Mocks.register("saveApplicationFileDelegate", new SaveApplicationFileDelegate(applicationFiles));
		Mocks.register("recordContractSignatureDelegate", new RecordContractSignatureDelegate(partners));
		Mocks.register("recordValuePropositionListener", new RecordValuePropositionListener(partners));
		Mocks.register("sendNotificationDelegate", mails);
		Mocks.register("startOnboardingPlanDelegate", onboarding);
	}

	@AfterEach
	void reset() {
		extension.getProcessEngine().getIdentityService().clearAuthentication();
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void candidateListedFromTheStartFormIsRegisteredForTheSignedInRecruiterAndApproached() {
		// given rita fills in the start form
		figures(6_000_000L, 6, 4, 3);
		signedIn("rita");

		// when
		ProcessInstance recruitment = runtimeService().startProcessInstanceByKey(KEY, candidateForm());
		runJobs();

		// then the partner is hers, and the recruitment's business key is its reference
		verify(partners).register(any(), eq("rita"));
		assertThat(recruitment).isWaitingAt(APPROACH_CANDIDATE);
		org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery()
			.processInstanceId(recruitment.getId()).singleResult().getBusinessKey()).isEqualTo(REFERENCE);
		assertThat(task(recruitment)).isAssignedTo("rita");
	}

	@Test
	void invalidCandidateIsRefusedOnTheStartFormAndNothingIsCreated() {
		// given a start form with a country that is not an ISO code
		signedIn("rita");
		Map<String, Object> form = candidateForm();
		form.put("country", "France");

		// when / then
		assertRefusedAndNothingStarted(() -> runtimeService().startProcessInstanceByKey(KEY, form),
				"country must be a two-letter ISO country code");
		verify(partners, never()).register(any(), anyString());
	}

	@Test
	void duplicateIsRefusedOnTheStartFormWithTheRuleMessage() {
		// given the partner service finds the company listed already
		signedIn("rita");
		DuplicatePartnerException duplicate = mock(DuplicatePartnerException.class);
		when(duplicate.getMessage()).thenReturn("Acme Systems SAS (FR) looks like Acme Systems, already listed as P-2026-00007");
		when(partners.register(any(), anyString())).thenThrow(duplicate);

		// when / then
		assertRefusedAndNothingStarted(() -> runtimeService().startProcessInstanceByKey(KEY, candidateForm()),
				"Acme Systems SAS (FR) looks like Acme Systems, already listed as P-2026-00007");
	}

	@Test
	void startFormWithoutASignedInRecruiterIsRefused() {
		assertRefusedAndNothingStarted(() -> runtimeService().startProcessInstanceByKey(KEY, candidateForm()),
				"A candidate is listed by a signed-in recruiter");
		verify(partners, never()).register(any(), anyString());
	}

	@Test
	void startFormNamingAnotherRecruiterIsRefused() {
		// given rita signs in and the form names raoul
		signedIn("rita");
		Map<String, Object> form = candidateForm();
		form.put(RECRUITER, "raoul");

		// when / then
		assertRefusedAndNothingStarted(() -> runtimeService().startProcessInstanceByKey(KEY, form),
				"The recruiter of Acme Systems is rita, who listed it");
	}

	@Test
	void startWithTheBusinessKeyOfNoPartnerIsRefused() {
		signedIn("rita");
		assertRefusedAndNothingStarted(() -> runtimeService().startProcessInstanceByKey(KEY, UNKNOWN),
				"No partner " + UNKNOWN + " is listed");
	}

	@Test
	void startForAPartnerPastTheCandidateStageIsRefused() {
		// given the partner is active
		when(partners.getForRecruitment(REFERENCE).getStatus()).thenReturn(PartnerStatus.ACTIVE);

		// when / then
		assertRefusedAndNothingStarted(() -> runtimeService().startProcessInstanceByKey(KEY, REFERENCE),
				"Acme Systems (" + REFERENCE + ") is ACTIVE: a partner is recruited once");
	}

	@Test
	void secondRecruitmentOfACandidateIsRefusedAndTheFirstGoesOn() {
		// given a running recruitment
		ProcessInstance first = startRegistered(6_000_000L, 6, 4, 3);

		// when / then
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, REFERENCE))
			.isInstanceOf(FormRefusedException.class)
			.hasMessageContaining("is already being recruited by rita");
		org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(REFERENCE)
			.list()).extracting(ProcessInstance::getId).containsExactly(first.getId());
	}

	@Test
	void aReferralPartnerAndAResellerWithTheSameFiguresAreJudgedByTheirCategorysMinimums() {
		// given a referral partner of 300,000 EUR, 1 sales person and no technician: a referral partner
		// brings us business, it needs neither a reseller's revenue nor a technician
		when(partners.get(REFERENCE).getCategory()).thenReturn(io.partnerflow.partner.PartnerCategory.REFERRAL);
		ProcessInstance referral = startRegistered(300_000L, 1, 0, 4);
		runJobs();
		assertThat(referral).isWaitingAt(APPROACH_CANDIDATE);
		verify(partners).recordSelectionScore(REFERENCE, 50, DECISION_SELECTION_CRITERIA + " v1");
		runtimeService().deleteProcessInstance(referral.getId(), "next candidate");

		// when a reseller has the same figures, it is below the minimum revenue of its category
		when(partners.get(REFERENCE).getCategory()).thenReturn(io.partnerflow.partner.PartnerCategory.RESELLER);
		ProcessInstance reseller = startRegistered(300_000L, 1, 0, 4);
		runJobs();
		assertThat(reseller).isEnded().hasPassed(END_NOT_ELIGIBLE);
		verify(partners).changeStatus(REFERENCE, PartnerStatus.NOT_ELIGIBLE, SYSTEM_ACTOR, "annual revenue below the 500,000 EUR minimum");

		// and a system integrator with one technician is short of the two it needs to integrate our offer
		when(partners.get(REFERENCE).getCategory()).thenReturn(io.partnerflow.partner.PartnerCategory.INTEGRATOR);
		ProcessInstance integrator = startRegistered(3_000_000L, 4, 1, 4);
		runJobs();
		assertThat(integrator).isEnded().hasPassed(END_NOT_ELIGIBLE);
		verify(partners).changeStatus(REFERENCE, PartnerStatus.NOT_ELIGIBLE, SYSTEM_ACTOR,
				"fewer than 2 technical staff to integrate our offer");
	}

	@Test
	void aGoodCandidateInAPriorityMarketOfTheApprovedPlanScoresHigher() {
		// given the year's approved plan names the candidate's market a priority
		when(plans.isPriority(eq("Retail"), any())).thenReturn(true);

		// when a good candidate is checked
		ProcessInstance recruitment = startRegistered(3_000_000L, 4, 2, 8);
		runJobs();

		// then it scores as a good candidate in a priority market, not as a good one
		assertThat(recruitment).isWaitingAt(APPROACH_CANDIDATE);
		verify(partners).recordSelectionScore(REFERENCE, 80, DECISION_SELECTION_CRITERIA + " v1");
		assertThat(recruitment).variables().containsEntry(SELECTION_REASON, "good candidate in a priority market");
	}

	@Test
	void candidateBelowMinimumRevenueIsNotEligibleAndTheRecruiterIsToldWhy() {
		// given
		ProcessInstance recruitment = startRegistered(100_000L, 3, 2, 4);

		// when
		runJobs();

		// then
		assertThat(recruitment).isEnded().hasPassed(END_NOT_ELIGIBLE);
		verify(partners).changeStatus(REFERENCE, PartnerStatus.NOT_ELIGIBLE, SYSTEM_ACTOR, "annual revenue below the 500,000 EUR minimum");
		verify(partners).recordSelectionScore(REFERENCE, 0, DECISION_SELECTION_CRITERIA + " v1");
		org.assertj.core.api.Assertions.assertThat(mailTemplates()).containsExactly("candidate-not-eligible");
	}

	@Test
	void theTimelineNamesWhoApproachedTheCandidateAndAStatusAlreadyReachedIsLeftAsItIs() {
		// given rita's candidate, approached by ravi in her place, and the partner already APPROACHED when
		// the decline is recorded (the step retried after a modification, say)
		ProcessInstance recruitment = approached();
		signedIn("ravi");
		complete(task(recruitment), approach(INTERESTED_NO));
		extension.getProcessEngine().getIdentityService().clearAuthentication();
		when(partners.get(REFERENCE).getStatus()).thenReturn(PartnerStatus.APPROACHED);

		// when
		runJobs();

		// then the change is ravi's, and the status he reached is not changed again
		verify(partners, never()).changeStatus(eq(REFERENCE), eq(PartnerStatus.APPROACHED), anyString(), any());
		verify(partners).changeStatus(REFERENCE, PartnerStatus.DECLINED, "ravi", "not interested after the approach");
		assertThat(recruitment).isEnded().hasPassed(END_DECLINED);
	}

	@Test
	void candidateNotInterestedAfterTheApproachDeclines() {
		// given
		ProcessInstance recruitment = approached();

		// when
		complete(task(recruitment), approach(INTERESTED_NO));
		runJobs();

		// then
		assertThat(recruitment).isEnded().hasPassed(END_DECLINED);
		org.assertj.core.api.Assertions.assertThat(statuses).containsExactly("APPROACHED", "DECLINED");
	}

	@Test
	void approachWithoutTheFiguresCannotBeCompleted() {
		// given
		ProcessInstance recruitment = approached();

		// when / then
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task(recruitment),
				Variables.createVariables().putValue(CANDIDATE_INTERESTED, INTERESTED_YES)))
			.hasMessageContaining("Please fill in: Meeting date, Margin on an average deal (EUR), Expected revenue over 3 years (EUR), "
					+ "Expected return on investment (%)");
		assertThat(recruitment).isWaitingAt(APPROACH_CANDIDATE);
	}

	@Test
	void meetingDateInTheFutureOrCenturiesAgoIsRefusedInTheForm() {
		// given
		ProcessInstance recruitment = approached();
		String tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();

		// when / then
		for (String date : List.of(tomorrow, "1900-01-01")) {
			Map<String, Object> form = approach(INTERESTED_YES);
			form.put(MEETING_DATE, date);
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task(recruitment), form))
				.hasMessageContaining(date.equals(tomorrow) ? "Meeting date cannot be in the future"
						: "Meeting date cannot be before");
		}
		assertThat(recruitment).isWaitingAt(APPROACH_CANDIDATE);
	}

	@Test
	void contractSignedBeforeTheCommitteeApprovedIsRefusedInTheForm() {
		// given a partner the committee approved yesterday
		ProcessInstance recruitment = applicationRequested();
		runtimeService().createMessageCorrelation(MESSAGE_APPLICATION_RECEIVED).processInstanceBusinessKey(REFERENCE)
			.correlate();
		runJobs();
		complete(task(committeeVote(recruitment)), Variables.createVariables().putValue(COMMITTEE_OUTCOME, OUTCOME_APPROVED)
			.putValue(COMMITTEE_REASONS, "strong file"));
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		when(partners.get(REFERENCE).getApprovedAt())
			.thenReturn(today.minusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());

		// when / then
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task(recruitment), Variables.createVariables()
			.putValue(CONTRACT_TYPE, "RESALE").putValue(BUSINESS_PLAN_ANNEXED, true)
			.putValue(CONTRACT_SIGNED_ON, today.minusDays(2).toString())))
			.hasMessageContaining("Signature date cannot be before " + today.minusDays(1) + " (the committee's approval)");
		assertThat(recruitment).isWaitingAt(SIGN_CONTRACT);
	}

	@Test
	void websiteTypedWithoutSchemeIsKeptAsHttpsAndAnFtpAddressIsRefused() {
		// given
		figures(6_000_000L, 6, 4, 3);
		Map<String, Object> typed = candidateForm();
		typed.put("website", "www.acme.fr");
		Map<String, Object> ftp = candidateForm();
		ftp.put("website", "ftp://acme.fr");
		org.mockito.ArgumentCaptor<io.partnerflow.partner.CandidateData> registered = org.mockito.ArgumentCaptor
			.forClass(io.partnerflow.partner.CandidateData.class);

		signedIn("rita");

		// when
		ProcessInstance normalised = runtimeService().startProcessInstanceByKey(KEY, typed);
		runJobs();

		// then
		verify(partners).register(registered.capture(), eq("rita"));
		org.assertj.core.api.Assertions.assertThat(registered.getValue().website()).isEqualTo("https://www.acme.fr");
		assertThat(normalised).isWaitingAt(APPROACH_CANDIDATE);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, ftp))
			.isInstanceOf(io.partnerflow.system.FormRefusedException.class)
			.hasMessageContaining("the website must be a web address");
	}

	@Test
	void applicationLapsesAfterAReminderWhenNoFileArrives() {
		// given
		ProcessInstance recruitment = applicationRequested();

		// when 15 days pass: the reminder goes out, the task stays
		moveClock(Duration.ofDays(15));
		runJobs();
		assertThat(recruitment).isWaitingAt(RECORD_APPLICATION_FILE).hasPassed(END_CANDIDATE_REMINDED);
		// and 45 more days
		moveClock(Duration.ofDays(45));
		runJobs();

		// then
		assertThat(recruitment).isEnded().hasPassed(END_APPLICATION_LAPSED);
		org.assertj.core.api.Assertions.assertThat(mailTemplates())
			.containsExactly("application-requested", "application-reminder", "application-lapsed");
		org.assertj.core.api.Assertions.assertThat(statuses).endsWith("APPLICATION_LAPSED");
	}

	@Test
	void applicationLapsesWithoutAReminderWhenTheLapseFallsDueFirst() {
		// given
		ProcessInstance recruitment = applicationRequested();

		// when both timers are due, the lapse runs first and cancels the reminder
		moveClock(Duration.ofDays(60));
		Job lapse = managementService().createJobQuery().activityId(APPLICATION_OVERDUE).singleResult();
		managementService().executeJob(lapse.getId());
		runJobs();

		// then
		assertThat(recruitment).isEnded().hasPassed(END_APPLICATION_LAPSED).hasNotPassed(END_CANDIDATE_REMINDED);
		org.assertj.core.api.Assertions.assertThat(mailTemplates()).containsExactly("application-requested", "application-lapsed");
	}

	@Test
	void applicationRecordedByTheRecruiterAndRejectedByTheCommitteeEnds() {
		// given
		ProcessInstance recruitment = applicationRequested();

		// when the recruiter types in the file
		complete(task(recruitment), applicationFile());
		runJobs();
		// then it is kept in its table, and no longer in the recruitment: the committee reads it there
		verify(applicationFiles).saveIfAbsent(eq(REFERENCE), eq(ApplicationFileData.of(applicationFile())), eq("rita"));
		assertThat(recruitment).isWaitingAt(COMMITTEE_VOTE);
		ProcessInstance vote = committeeVote(recruitment);
		org.assertj.core.api.Assertions.assertThat(runtimeService().getVariables(recruitment.getId()))
			.doesNotContainKeys(APPLICATION_FIELDS.toArray(String[]::new))
			.doesNotContainKeys(COUNTRY, CATEGORY, MARKET, ANNUAL_REVENUE, SALES_STAFF, TECHNICAL_STAFF, COMPETING_SUPPLIERS);
		// and the vote gets who it is, the approach and the score; its figures are the partner's, which
		// the ballots read, and neither process holds a copy
		org.assertj.core.api.Assertions.assertThat(runtimeService().getVariables(vote.getId()))
			.doesNotContainKeys(APPLICATION_FIELDS.toArray(String[]::new))
			.doesNotContainKeys(COUNTRY, CATEGORY, MARKET, ANNUAL_REVENUE, SALES_STAFF, TECHNICAL_STAFF)
			.containsEntry(SELECTION_SCORE, 90)
			.containsEntry(SELECTION_REASON, "strong candidate")
			.containsEntry(COMPANY, "Acme Systems")
			.containsEntry(AVERAGE_DEAL_MARGIN, 4000)
			.containsEntry(EXPECTED_ROI, 35)
			.containsEntry(EXPECTED_REVENUE_3_YEARS, 900_000)
			.containsKey(MEETING_DATE);
		// and the partner keeps the value proposition its recruiter presented, with who presented it
		verify(partners).recordValueProposition(eq(REFERENCE), eq(4000L), eq(35), eq(900_000L), any());
		org.assertj.core.api.Assertions.assertThat(vote.getBusinessKey()).isEqualTo(REFERENCE);
		org.assertj.core.api.Assertions.assertThat(statuses).endsWith("IN_COMMITTEE");

		// when
		complete(task(vote), Variables.createVariables().putValue(COMMITTEE_OUTCOME, OUTCOME_REJECTED)
			.putValue(COMMITTEE_REASONS, "too small"));

		// then
		assertThat(recruitment).isEnded().hasPassed(END_APPLICATION_REJECTED);
	}

	@Test
	void approvedApplicationSentByTheCandidateLeadsToASignedPartnerAndTheHundredDayPlan() throws Exception {
		// given
		ProcessInstance recruitment = applicationRequested();

		List<Object> onboardingStartedWith = new java.util.ArrayList<>();
		org.mockito.Mockito.doAnswer(call -> onboardingStartedWith.add(call.getArgument(0, DelegateExecution.class)
			.getVariable(CONTRACT_SIGNED_AT))).when(onboarding).execute(any());

		// when the candidate sends its file through the API (kept in its table, then the message, without answers)
		runtimeService().createMessageCorrelation(MESSAGE_APPLICATION_RECEIVED).processInstanceBusinessKey(REFERENCE)
			.correlate();
		runJobs();
		org.assertj.core.api.Assertions.assertThat(runtimeService().getVariables(committeeVote(recruitment).getId()))
			.doesNotContainKeys(APPLICATION_FIELDS.toArray(String[]::new));
		complete(task(committeeVote(recruitment)), Variables.createVariables().putValue(COMMITTEE_OUTCOME, OUTCOME_APPROVED)
			.putValue(COMMITTEE_REASONS, "strong file"));
		assertThat(recruitment).isWaitingAt(SIGN_CONTRACT);
		assertThat(task(recruitment)).hasCandidateGroup("legal");
		complete(task(recruitment), Variables.createVariables().putValue(CONTRACT_TYPE, "RESALE")
			.putValue(BUSINESS_PLAN_ANNEXED, true).putValue(CONTRACT_SIGNED_ON, "2026-11-20"));
		runJobs();

		// then
		assertThat(recruitment).isEnded().hasPassed(END_PARTNER_SIGNED).hasNotPassed(END_SIGNATURE_ESCALATED);
		verify(partners).recordContractSignature(REFERENCE, Instant.parse("2026-11-20T00:00:00Z"), "legal");
		org.assertj.core.api.Assertions.assertThat(mailTemplates()).containsExactly("application-requested", "partner-signed", "partner-welcome");
		org.assertj.core.api.Assertions.assertThat(onboardingStartedWith)
			.containsExactly(Date.from(Instant.parse("2026-11-20T00:00:00Z")));
	}

	@Test
	void contractNotSignedByTheDeadlineAlertsTheManagersAndStaysOpen() {
		// given an approved application
		ProcessInstance recruitment = applicationRequested();
		runtimeService().createMessageCorrelation(MESSAGE_APPLICATION_RECEIVED).processInstanceBusinessKey(REFERENCE)
			.correlate();
		runJobs();
		complete(task(committeeVote(recruitment)), Variables.createVariables().putValue(COMMITTEE_OUTCOME, OUTCOME_APPROVED));
		// the contract is due when the managers would be alerted
		assertNamedAndDue(task(recruitment), "Sign contract", Duration.ofDays(30));

		// when 31 days pass
		moveClock(Duration.ofDays(31));
		runJobs();

		// then
		assertThat(recruitment).isWaitingAt(SIGN_CONTRACT).hasPassed(END_SIGNATURE_ESCALATED);
		org.assertj.core.api.Assertions.assertThat(mailTemplates()).endsWith("contract-signature-overdue");
	}

	// --- helpers

	private ProcessInstance startRegistered(long revenue, int sales, int technical, int suppliers) {
		figures(revenue, sales, technical, suppliers);
		return runtimeService().startProcessInstanceByKey(KEY, REFERENCE);
	}

	private static void signedIn(String user) {
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processEngine().getIdentityService()
			.setAuthenticatedUserId(user);
	}

	private static void assertRefusedAndNothingStarted(Runnable start, String reason) {
		org.assertj.core.api.Assertions.assertThatThrownBy(start::run)
			.isInstanceOf(FormRefusedException.class)
			.hasMessageContaining(reason);
		org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
	}

	private void figures(long revenue, int sales, int technical, int suppliers) {
		Partner partner = partners.get(REFERENCE);
		when(partner.getAnnualRevenue()).thenReturn(revenue);
		when(partner.getSalesStaff()).thenReturn(sales);
		when(partner.getTechnicalStaff()).thenReturn(technical);
		when(partner.getCompetingSuppliers()).thenReturn(suppliers);
	}

	private ProcessInstance approached() {
		ProcessInstance recruitment = startRegistered(6_000_000L, 6, 4, 3);
		runJobs();
		assertThat(recruitment).isWaitingAt(APPROACH_CANDIDATE);
		// named for its partner and due two weeks after the listing, like every task of the model
		assertNamedAndDue(task(recruitment), "Approach candidate", Duration.ofDays(14));
		verify(partners).recordSelectionScore(REFERENCE, 90, DECISION_SELECTION_CRITERIA + " v1");
		return recruitment;
	}

	private ProcessInstance applicationRequested() {
		ProcessInstance recruitment = approached();
		complete(task(recruitment), approach(INTERESTED_YES));
		runJobs();
		assertThat(recruitment).isWaitingAt(RECORD_APPLICATION_FILE);
		org.assertj.core.api.Assertions.assertThat(statuses).containsExactly("APPROACHED", "APPLICATION_REQUESTED");
		// due when the file lapses: the reminder's 14 days, then 45
		assertNamedAndDue(task(recruitment), "Record application file", Duration.ofDays(59));
		return recruitment;
	}

	/** The task is named for Acme Systems (its company and reference) and due this long after now. */
	private static void assertNamedAndDue(org.camunda.bpm.engine.task.Task task, String name, Duration due) {
		org.assertj.core.api.Assertions.assertThat(task.getName()).isEqualTo(name + ": Acme Systems (" + REFERENCE + ")");
		org.assertj.core.api.Assertions.assertThat(task.getDueDate())
			.isCloseTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(due)), 60_000);
	}

	private static ProcessInstance committeeVote(ProcessInstance recruitment) {
		return runtimeService().createProcessInstanceQuery().superProcessInstanceId(recruitment.getId()).singleResult();
	}

	private static Map<String, Object> approach(String interested) {
		return Variables.createVariables().putValue(MEETING_DATE, java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(3).toString()).putValue(AVERAGE_DEAL_MARGIN, 4000)
			.putValue(EXPECTED_REVENUE_3_YEARS, 900_000).putValue(EXPECTED_ROI, 35).putValue(CANDIDATE_INTERESTED, interested);
	}

	private static Map<String, Object> applicationFile() {
		return Variables.createVariables().putValue(APPLICATION_MOTIVATION, "We sell to retailers")
			.putValue(APPLICATION_ORGANISATION, "Two sales, one consultant").putValue(APPLICATION_FIRST_CUSTOMERS, "Our installed base")
			.putValue(APPLICATION_STRATEGY, "Bundle with our services").putValue(APPLICATION_WHY_STRATEGIC, "Leader in its field")
			.putValue(APPLICATION_PROSPECTS, "1M EUR in 3 years");
	}

	private static Map<String, Object> candidateForm() {
		Map<String, Object> form = new HashMap<>();
		form.put("company", "Acme Systems");
		form.put("country", "FR");
		form.put("market", "Retail");
		form.put("category", "RESELLER");
		form.put("contactName", "Jane Doe");
		form.put("contactEmail", "jane@acme-systems.example");
		form.put("annualRevenue", 6_000_000L);
		form.put("salesStaff", 6L);
		form.put("technicalStaff", 4L);
		form.put("competingSuppliers", 3L);
		return form;
	}

	private List<String> mailTemplates() {
		return org.mockito.Mockito.mockingDetails(mails).getInvocations().stream()
			.filter(call -> call.getMethod().getName().equals("setTemplate"))
			.map(call -> String.valueOf(((org.camunda.bpm.engine.delegate.Expression) call.getArgument(0)).getValue(null)))
			.toList();
	}

	private static void moveClock(Duration duration) {
		ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
	}

	private static void runJobs() {
		for (int round = 0; round < 50; round++) {
			List<Job> due = managementService().createJobQuery().executable().list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> managementService().executeJob(job.getId()));
		}
	}

}
