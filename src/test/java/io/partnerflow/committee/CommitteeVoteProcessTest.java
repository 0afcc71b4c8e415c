package io.partnerflow.committee;

import java.time.Duration;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.system.EngineClock;
import io.partnerflow.system.FormRefusedException;
import io.partnerflow.system.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.partnerflow.committee.CommitteeVoteProcess.APPLICATION_MOTIVATION;
import static io.partnerflow.committee.CommitteeVoteProcess.APPLICATION_STRATEGY;
import static io.partnerflow.committee.CommitteeVoteProcess.APPROVED;
import static io.partnerflow.committee.CommitteeVoteProcess.CAST_VOTE;
import static io.partnerflow.committee.CommitteeVoteProcess.CHAIR_COMMENT;
import static io.partnerflow.committee.CommitteeVoteProcess.COMPANY;
import static io.partnerflow.committee.CommitteeVoteProcess.REFERENCE;
import static io.partnerflow.committee.CommitteeVoteProcess.CHAIR_DECISION;
import static io.partnerflow.committee.CommitteeVoteProcess.COMMITTEE_GROUP;
import static io.partnerflow.committee.CommitteeVoteProcess.COMMITTEE_OUTCOME;
import static io.partnerflow.committee.CommitteeVoteProcess.COMMITTEE_REASONS;
import static io.partnerflow.committee.CommitteeVoteProcess.DECIDE_AS_CHAIR;
import static io.partnerflow.committee.CommitteeVoteProcess.END_APPROVED;
import static io.partnerflow.committee.CommitteeVoteProcess.END_MEMBERS_REMINDED;
import static io.partnerflow.committee.CommitteeVoteProcess.END_REJECTED;
import static io.partnerflow.committee.CommitteeVoteProcess.KEY;
import static io.partnerflow.committee.CommitteeVoteProcess.REJECTED;
import static io.partnerflow.committee.CommitteeVoteProcess.SELECTION_SCORE;
import static io.partnerflow.committee.CommitteeVoteProcess.VOTE;
import static io.partnerflow.committee.CommitteeVoteProcess.VOTE_COMMENT;
import static io.partnerflow.committee.CommitteeVoteProcess.VOTE_DEADLINE_PASSED;
import static io.partnerflow.committee.CommitteeVoteProcess.VOTE_RESULT;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The committee vote path by path, on the in-memory engine: the real rules, validators and tally;
 * the partner service and the mailer stand in. Time moves with ClockUtil.
 */
@Deployment(resources = { "bpmn/committee-vote.bpmn", "forms/committee-vote-cast-vote.form",
		"forms/committee-vote-decide-as-chair.form", "forms/committee-vote-write-to-rejected-candidate.form" })
class CommitteeVoteProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	static final String PARTNER = "P-2026-0042";

	static final Date START = new Date(1_790_000_000_000L);

	/** The partner's application file, as the recruitment's table keeps it. */
	static final ApplicationFileView FILE = new ApplicationFileView("Grow in retail", "12 sales, 4 engineers",
			"Two supermarket chains", "Bundle with their services", "A market we do not reach", "Ten deals in year one");

	ProcessEngine engine;

	PartnerService partners;

	RecordingMailer mailer;

	CommitteeRecord record;

	@BeforeEach
	void wire() {
		engine = extension.getProcessEngine();
		BpmnAwareTests.init(engine);
		ClockUtil.setCurrentTime(START);
		partners = mock(PartnerService.class);
		record = mock(CommitteeRecord.class);
		// the committee's record kept in memory, as the committee_vote table keeps it
		List<CommitteeVote> cast = new CopyOnWriteArrayList<>();
		doAnswer(call -> cast.add(new CommitteeVote(call.getArgument(0), call.getArgument(1), call.getArgument(2),
				call.getArgument(3), call.getArgument(4), ClockUtil.getCurrentTime().toInstant())))
			.when(record).recordVote(anyString(), anyString(), anyString(), any(), any());
		when(record.votesOf(anyString())).thenAnswer(call -> cast.stream()
			.filter(vote -> vote.getProcessInstanceId().equals(call.getArgument(0)))
			.sorted(Comparator.comparing(CommitteeVote::getMember))
			.toList());
		CommitteeBallots ballots = processInstanceId -> record.votesOf(processInstanceId)
			.stream()
			.collect(Collectors.toMap(CommitteeVote::getMember, CommitteeVote::getChoice));
		mailer = new RecordingMailer();
		CommitteeTally tally = new CommitteeTally(ballots);
		Mocks.register("conveneCommitteeDelegate",
				new ConveneCommitteeDelegate(engine.getIdentityService(), CommitteeSettings.defaults(), new EngineClock()));
		Mocks.register("committeeTally", tally);
		Mocks.register("ballotRule", new BallotRule());
		Mocks.register("recordVoteListener", new RecordVoteListener(record));
		Mocks.register("countVotesDelegate", new CountVotesDelegate(tally, record));
		Mocks.register("recordOutcomeDelegate", new RecordOutcomeDelegate(partners));
		Mocks.register("sendNotificationDelegate", mailer);
		Partner candidate = mock(Partner.class);
		when(candidate.getCountry()).thenReturn("FR");
		when(candidate.getCategory()).thenReturn(PartnerCategory.INTEGRATOR);
		when(candidate.getMarket()).thenReturn("Retail");
		when(candidate.getAnnualRevenue()).thenReturn(3_400_000L);
		when(partners.get(anyString())).thenReturn(candidate);
		Mocks.register("candidateFiguresListener", new CandidateFiguresListener(partners));
		Mocks.register("committeeApplicationFile", new CommitteeApplicationFile(
				reference -> java.util.Optional.ofNullable(reference.equals(PARTNER) ? FILE : null)));
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
		Mocks.reset();
	}

	@Test
	void unanimousApprovalApprovesTheApplication() {
		// given
		ProcessInstance vote = convene(3);

		// when: all three vote before the engine counts
		vote(vote, "m1", "APPROVE", "Strong pipeline");
		vote(vote, "m2", "APPROVE", null);
		vote(vote, "m3", "APPROVE", "Good fit");
		runJobs();

		// then
		assertThat(vote).isEnded().hasPassed(END_APPROVED).hasNotPassed(DECIDE_AS_CHAIR);
		assertThat(vote).variables().containsEntry(COMMITTEE_OUTCOME, APPROVED)
			.containsEntry(COMMITTEE_REASONS, "Strong pipeline\nGood fit");
		verify(record).recordVote(PARTNER, vote.getId(), "m2", Choice.APPROVE, null);
		verify(partners).changeStatus(eq(PARTNER), eq(PartnerStatus.APPROVED), eq(RecordOutcomeDelegate.ACTOR), anyString());
		org.assertj.core.api.Assertions.assertThat(mailer.recipientsOf("committee-convened"))
			.containsExactlyInAnyOrder("m1", "m2", "m3");
		org.assertj.core.api.Assertions.assertThat(mailer.recipientsOf("committee-outcome")).containsExactly("recruiter");
		org.assertj.core.api.Assertions.assertThat(mailer.recipientsOf("committee-rejection")).isEmpty();
	}

	@Test
	void aMajorityOfApprovalsClosesTheVoteEarlyAndWithdrawsTheOpenBallots() {
		// given
		ProcessInstance vote = convene(5);

		// when
		vote(vote, "m1", "APPROVE", "Yes");
		vote(vote, "m2", "APPROVE", "Yes");
		runJobs();
		org.assertj.core.api.Assertions.assertThat(openBallots(vote)).hasSize(3);
		vote(vote, "m3", "APPROVE", "Yes");
		runJobs();

		// then
		assertThat(vote).isEnded().hasPassed(END_APPROVED);
		org.assertj.core.api.Assertions.assertThat(openBallots(vote)).isEmpty();
		assertThat(vote).variables().containsEntry(COMMITTEE_OUTCOME, APPROVED).doesNotContainKey("vote_m4");
	}

	@Test
	void enoughRejectionsCloseTheVoteEarlyAndTellTheCandidate() {
		// given
		ProcessInstance vote = convene(5);

		// when
		vote(vote, "m1", "REJECT", "No references");
		vote(vote, "m2", "APPROVE", null);
		vote(vote, "m3", "REJECT", "Competes with a partner");
		runJobs();
		org.assertj.core.api.Assertions.assertThat(openBallots(vote)).hasSize(2);
		vote(vote, "m4", "REJECT", "Too small");
		runJobs();
		writeRejectionLetter(vote);

		// then
		assertThat(vote).isEnded().hasPassed(END_REJECTED);
		assertThat(vote).variables().containsEntry(COMMITTEE_OUTCOME, REJECTED)
			.containsEntry(COMMITTEE_REASONS, "No references\nCompetes with a partner\nToo small");
		verify(partners).changeStatus(eq(PARTNER), eq(PartnerStatus.REJECTED), eq(RecordOutcomeDelegate.ACTOR), contains("Too small"));
		org.assertj.core.api.Assertions.assertThat(mailer.recipientsOf("committee-rejection")).containsExactly("partner");
	}

	@Test
	void abstentionsCountForQuorumButNotForMajority() {
		// given
		ProcessInstance vote = convene(3);

		// when
		vote(vote, "m1", "ABSTAIN", null);
		vote(vote, "m2", "ABSTAIN", "Conflict of interest");
		runJobs();
		org.assertj.core.api.Assertions.assertThat(openBallots(vote)).hasSize(1);
		vote(vote, "m3", "APPROVE", "Fine");
		runJobs();

		// then
		assertThat(vote).isEnded().hasPassed(END_APPROVED);
		assertThat(vote).variables().containsEntry(COMMITTEE_REASONS, "Fine");
	}

	@Test
	void membersWhoHaveNotVotedAreRemindedAfterThreeDays() {
		// given
		ProcessInstance vote = convene(3);
		vote(vote, "m2", "APPROVE", null);
		runJobs();

		// when
		moveClock(Duration.ofDays(3).plusMinutes(1));
		runJobs();

		// then
		assertThat(vote).isActive().hasPassed(END_MEMBERS_REMINDED);
		org.assertj.core.api.Assertions.assertThat(mailer.recipientsOf("committee-reminder"))
			.containsExactlyInAnyOrder("m1", "m3");
		org.assertj.core.api.Assertions.assertThat(openBallots(vote)).hasSize(2);
	}

	@Test
	void atTheDeadlineAVoteWithQuorumDecidesWithTheVotesCast() {
		// given: 2 approve, 1 rejects of 5: the last two could still turn it
		ProcessInstance vote = convene(5);
		vote(vote, "m1", "APPROVE", "Yes");
		vote(vote, "m2", "APPROVE", null);
		vote(vote, "m3", "REJECT", "Weak plan");
		runJobs();
		org.assertj.core.api.Assertions.assertThat(openBallots(vote)).hasSize(2);

		// when
		moveClock(Duration.ofDays(7).plusMinutes(1));
		runJobs();

		// then
		assertThat(vote).isEnded().hasPassed(VOTE_DEADLINE_PASSED, END_APPROVED).hasNotPassed(DECIDE_AS_CHAIR);
		assertThat(vote).variables().containsEntry(COMMITTEE_OUTCOME, APPROVED);
		org.assertj.core.api.Assertions.assertThat(openBallots(vote)).isEmpty();
	}

	@Test
	void atTheDeadlineWithoutQuorumTheChairDecides() {
		// given: 2 of 5 voted
		ProcessInstance vote = convene(5);
		vote(vote, "m1", "APPROVE", "Yes");
		vote(vote, "m2", "APPROVE", "Yes");
		runJobs();

		// when
		moveClock(Duration.ofDays(7).plusMinutes(1));
		runJobs();
		assertThat(vote).isWaitingAt(DECIDE_AS_CHAIR);
		assertThat(vote).variables().containsEntry(VOTE_RESULT, VoteCount.Result.NO_QUORUM.name());
		Task chairTask = engine.getTaskService().createTaskQuery().processInstanceId(vote.getId()).singleResult();
		assertThat(chairTask).hasCandidateGroup(Groups.COMMITTEE_CHAIR);
		assertShowsTheFile(chairTask);
		engine.getFormService().submitTaskForm(chairTask.getId(),
				Map.of(CHAIR_DECISION, REJECTED, CHAIR_COMMENT, "Two votes are not enough: reapply next year"));
		runJobs();
		writeRejectionLetter(vote);

		// then
		assertThat(vote).isEnded().hasPassed(END_REJECTED);
		assertThat(vote).variables().containsEntry(COMMITTEE_OUTCOME, REJECTED)
			.containsEntry(COMMITTEE_REASONS, "Chair's decision after a vote without quorum: Two votes are not enough: reapply next year");
		verify(partners).changeStatus(eq(PARTNER), eq(PartnerStatus.REJECTED), eq(RecordOutcomeDelegate.ACTOR), contains("reapply"));
	}

	@Test
	void aTieGoesToTheChairWhoApproves() {
		// given
		ProcessInstance vote = convene(4);
		vote(vote, "m1", "APPROVE", "Yes");
		vote(vote, "m2", "REJECT", "No");
		vote(vote, "m3", "APPROVE", "Yes");
		vote(vote, "m4", "REJECT", "No");
		runJobs();
		assertThat(vote).isWaitingAt(DECIDE_AS_CHAIR);
		assertThat(vote).variables().containsEntry(VOTE_RESULT, VoteCount.Result.TIE.name());
		Task chair = engine.getTaskService().createTaskQuery().processInstanceId(vote.getId()).singleResult();
		assertNamedAndDue(chair, "Decide as chair", Duration.ofDays(3));
		String chairTask = chair.getId();

		// when: a decision without comment is refused, then the chair decides
		assertThatThrownBy(() -> engine.getFormService().submitTaskForm(chairTask, Map.of(CHAIR_DECISION, APPROVED)))
			.isInstanceOf(FormRefusedException.class)
			.hasMessageContaining("Please fill in: Comment");
		engine.getFormService().submitTaskForm(chairTask, Map.of(CHAIR_DECISION, APPROVED, CHAIR_COMMENT, "Strategic market"));
		runJobs();

		// then
		assertThat(vote).isEnded().hasPassed(END_APPROVED);
		verify(partners).changeStatus(eq(PARTNER), eq(PartnerStatus.APPROVED), eq(RecordOutcomeDelegate.ACTOR), contains("Strategic market"));
	}

	@Test
	void anInvalidBallotIsRefusedAndTheTaskStaysOpen() {
		// given
		ProcessInstance vote = convene(3);
		String ballot = ballotOf(vote, "m1").getId();

		// when / then
		assertThatThrownBy(() -> engine.getFormService().submitTaskForm(ballot, Map.of(VOTE, "REJECT")))
			.isInstanceOf(FormRefusedException.class)
			.hasMessageContaining("A reject needs a comment");
		assertThatThrownBy(() -> engine.getFormService().submitTaskForm(ballot, Map.of(VOTE, "MAYBE")))
			.isInstanceOf(FormRefusedException.class)
			.hasMessageContaining("Your vote must be one of APPROVE, REJECT, ABSTAIN");
		assertThatThrownBy(() -> engine.getFormService().submitTaskForm(ballot, Map.of(VOTE_COMMENT, "no choice")))
			.isInstanceOf(FormRefusedException.class)
			.hasMessageContaining("Please fill in: Your vote");
		assertThatThrownBy(() -> engine.getFormService().submitTaskForm(ballot, Map.of(VOTE, "ABSTAIN",
				VOTE_COMMENT, "x".repeat(2001))))
			.isInstanceOf(FormRefusedException.class)
			.hasMessageContaining("Comment must be at most 2000 characters");
		org.assertj.core.api.Assertions.assertThat(ballotOf(vote, "m1")).isNotNull();
		verify(record, never()).recordVote(anyString(), anyString(), anyString(), org.mockito.ArgumentMatchers.any(), anyString());
	}

	/** The recruiter writes to the rejected candidate: the letter needs its reasons. */
	void writeRejectionLetter(ProcessInstance vote) {
		assertThat(vote).isWaitingAt(CommitteeVoteProcess.WRITE_TO_REJECTED_CANDIDATE);
		Task letter = engine.getTaskService().createTaskQuery().processInstanceId(vote.getId()).singleResult();
		assertThat(letter).isAssignedTo("rita");
		assertNamedAndDue(letter, "Write to rejected candidate", Duration.ofDays(3));
		assertThatThrownBy(() -> engine.getTaskService().complete(letter.getId(), Map.of()))
			.isInstanceOf(FormRefusedException.class)
			.hasMessageContaining("Please fill in: Reasons for the candidate");
		engine.getTaskService().complete(letter.getId(), Map.of(CommitteeVoteProcess.REJECTION_LETTER, "Not this year"));
		runJobs();
		org.assertj.core.api.Assertions.assertThat(mailer.recipientsOf("committee-rejection")).isNotEmpty();
	}

	@Test
	void aPartnerWhoseApplicationFileIsNotKeptGetsBallotsThatSaySo() {
		// given a partner without a kept application file (lost, or removed by hand)
		String lost = "P-2026-0099";

		// when its committee is convened
		ProcessInstance vote = engine.getRuntimeService().startProcessInstanceByKey(KEY, lost, Map.of(COMMITTEE_GROUP,
				committee(3), SELECTION_SCORE, 72, CommitteeVoteProcess.RECRUITER, "rita", COMPANY, "Lost SA"));
		runJobs();

		// then the members are invited and every ballot says so, rather than showing blanks
		assertThat(vote).isWaitingAt(CAST_VOTE);
		org.assertj.core.api.Assertions.assertThat(mailer.recipientsOf("committee-convened")).hasSize(3);
		org.assertj.core.api.Assertions.assertThat(openBallots(vote)).hasSize(3)
			.allSatisfy(ballot -> org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getVariablesLocal(ballot.getId()))
				.containsEntry(APPLICATION_MOTIVATION, ApplicationFileView.NOT_KEPT)
				.containsEntry(APPLICATION_STRATEGY, ApplicationFileView.NOT_KEPT));
	}

	/** The task is named for Azur Conseil (company and reference) and due this long after now. */
	static void assertNamedAndDue(Task task, String name, Duration due) {
		org.assertj.core.api.Assertions.assertThat(task.getName()).isEqualTo(name + ": Azur Conseil (" + PARTNER + ")");
		org.assertj.core.api.Assertions.assertThat(task.getDueDate())
			.isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(due)));
	}

	ProcessInstance convene(int members) {
		ProcessInstance instance = engine.getRuntimeService()
			.startProcessInstanceByKey(KEY, PARTNER, Map.of(COMMITTEE_GROUP, committee(members), SELECTION_SCORE, 72,
					CommitteeVoteProcess.RECRUITER, "rita", COMPANY, "Azur Conseil"));
		runJobs();
		assertThat(instance).isWaitingAt(CAST_VOTE);
		org.assertj.core.api.Assertions.assertThat(openBallots(instance)).hasSize(members)
			// each ballot names the candidate and is due at the vote's deadline, 7 days after convening
			.allSatisfy(ballot -> assertNamedAndDue(ballot, "Cast vote", Duration.ofDays(7)))
			// and shows the application file as its table keeps it
			.allSatisfy(ballot -> assertShowsTheFile(ballot));
		assertThat(instance).variables().containsEntry(REFERENCE, PARTNER);
		// each invitation quotes the file, which stays out of the vote's variables
		org.assertj.core.api.Assertions.assertThat(mailer.variablesOf("committee-convened")).hasSize(members)
			.allSatisfy(mail -> org.assertj.core.api.Assertions.assertThat(mail)
				.containsEntry(APPLICATION_MOTIVATION, FILE.motivation())
				.containsEntry(APPLICATION_STRATEGY, FILE.strategy()));
		assertThat(instance).variables().doesNotContainKeys(FILE.variables().keySet().toArray(String[]::new));
		return instance;
	}

	/** A group of this many members, m1 to mN, created once. */
	String committee(int members) {
		IdentityService identity = engine.getIdentityService();
		String group = "ptest" + members;
		if (identity.createGroupQuery().groupId(group).count() == 0) {
			identity.saveGroup(identity.newGroup(group));
			for (int i = 1; i <= members; i++) {
				String id = "m" + i;
				if (identity.createUserQuery().userId(id).count() == 0) {
					User user = identity.newUser(id);
					user.setEmail(id + "@partnerflow.example");
					identity.saveUser(user);
				}
				identity.createMembership(id, group);
			}
		}
		return group;
	}

	/**
	 * The task holds the six answers of {@link #FILE} and the partner's figures as its own variables,
	 * which its form shows; the vote itself holds no copy of either.
	 */
	void assertShowsTheFile(Task task) {
		org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getVariablesLocal(task.getId()))
			.containsAllEntriesOf(FILE.variables())
			.containsEntry(CommitteeVoteProcess.COUNTRY, "FR")
			.containsEntry(CommitteeVoteProcess.CATEGORY, "System integrator")
			.containsEntry(CommitteeVoteProcess.MARKET, "Retail")
			.containsEntry(CommitteeVoteProcess.ANNUAL_REVENUE, 3_400_000L);
		org.assertj.core.api.Assertions.assertThat(engine.getRuntimeService().getVariables(task.getProcessInstanceId()))
			.doesNotContainKeys(CommitteeVoteProcess.COUNTRY, CommitteeVoteProcess.ANNUAL_REVENUE);
	}

	void vote(ProcessInstance instance, String member, String choice, String comment) {
		Map<String, Object> form = comment == null ? Map.of(VOTE, choice) : Map.of(VOTE, choice, VOTE_COMMENT, comment);
		engine.getFormService().submitTaskForm(ballotOf(instance, member).getId(), form);
	}

	Task ballotOf(ProcessInstance instance, String member) {
		return engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(CAST_VOTE)
			.taskAssignee(member)
			.singleResult();
	}

	List<Task> openBallots(ProcessInstance instance) {
		return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(CAST_VOTE).list();
	}

	void runJobs() {
		for (int i = 0; i < 100; i++) {
			List<Job> due = engine.getManagementService().createJobQuery().executable().list();
			if (due.isEmpty()) {
				return;
			}
			for (Job job : due) {
				// a job run before may have removed this one (a closed vote withdraws the other ballots)
				if (engine.getManagementService().createJobQuery().jobId(job.getId()).count() == 1) {
					engine.getManagementService().executeJob(job.getId());
				}
			}
		}
		throw new IllegalStateException("jobs keep coming");
	}

	void moveClock(Duration by) {
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + by.toMillis()));
	}

}
