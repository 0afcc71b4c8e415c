package io.partnerflow.committee;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.demo.MailCatcher.CaughtMail;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.recruitment.ApplicationFiles;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestCommittee;
import io.partnerflow.support.TestUsers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.partnerflow.committee.CommitteeVoteProcess.APPROVED;
import static io.partnerflow.committee.CommitteeVoteProcess.CAST_VOTE;
import static io.partnerflow.committee.CommitteeVoteProcess.COMMITTEE_GROUP;
import static io.partnerflow.committee.CommitteeVoteProcess.COMMITTEE_OUTCOME;
import static io.partnerflow.committee.CommitteeVoteProcess.KEY;
import static io.partnerflow.committee.CommitteeVoteProcess.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee vote in the running application, through the REST API Tasklist uses: seven
 * members voting at the same instant lose no vote; a member votes once and only on their own
 * ballot; bad ballots are refused with 4xx; the convening, reminder and outcome mails arrive.
 */
@IntegrationTest
class CommitteeVoteIntegrationTest {

	static final String GROUP = "committeetest";

	static final int MEMBERS = 7;

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static final ExecutorService voters = Executors.newFixedThreadPool(MEMBERS);

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	PartnerService partners;

	@Autowired
	ApplicationFiles applicationFiles;

	@Autowired
	CommitteeRecord record;

	@Autowired
	MailCatcher mailCatcher;

	@Autowired
	Jobs jobs;

	ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void ensureTheTestCommittee() {
		for (String member : members()) {
			TestUsers.member(identityService, member, GROUP);
		}
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@AfterAll
	static void stopVoters() {
		voters.shutdownNow();
	}

	@Test
	void sevenMembersVotingAtTheSameInstantLoseNoVoteFiftyRoundsInARow() throws Exception {
		int rounds = 50;
		int recorded = 0;
		int serverErrors = 0;
		List<Integer> statuses = new ArrayList<>();
		long started = System.nanoTime();
		for (int round = 0; round < rounds; round++) {
			// given: a vote pattern for this round, decisive votes odd so there is never a tie
			int abstentions = round % 3 == 0 ? 2 : 0;
			int approvals = round % (MEMBERS + 1 - abstentions);
			List<String> choices = new ArrayList<>();
			for (int i = 0; i < MEMBERS; i++) {
				choices.add(i < approvals ? "APPROVE" : i < MEMBERS - abstentions ? "REJECT" : "ABSTAIN");
			}
			Partner partner = partnerInCommittee("Concurrent");
			ProcessInstance vote = startVote(partner);

			// when: every member submits their ballot at the same instant
			List<Task> ballots = ballots(vote);
			assertThat(ballots).hasSize(MEMBERS);
			CyclicBarrier startTogether = new CyclicBarrier(MEMBERS);
			List<Future<HttpResponse<String>>> responses = new ArrayList<>();
			for (Task ballot : ballots) {
				String choice = choices.get(members().indexOf(ballot.getAssignee()));
				responses.add(voters.submit(() -> {
					startTogether.await();
					return submit(ballot.getId(), ballot.getAssignee(), choice, "round vote of " + ballot.getAssignee());
				}));
			}
			for (Future<HttpResponse<String>> response : responses) {
				HttpResponse<String> answer = response.get();
				statuses.add(answer.statusCode());
				if (answer.statusCode() >= 500) {
					serverErrors++;
				}
			}
			jobs.runDue();

			// then: every vote is recorded and the outcome follows the votes
			List<CommitteeVote> cast = record.votesOf(vote.getId());
			recorded += cast.size();
			assertThat(cast).extracting(CommitteeVote::getMember).containsExactlyInAnyOrderElementsOf(members());
			assertThat(partners.timeline(partner.getReference()))
				.filteredOn(event -> event.getKind().equals("COMMITTEE_VOTE"))
				.hasSize(MEMBERS);
			String expected = approvals > MEMBERS - abstentions - approvals ? APPROVED : REJECTED;
			assertThat(outcomeOf(vote)).as("round %d: %d approve, %d abstain", round, approvals, abstentions)
				.isEqualTo(expected);
			assertThat(partners.get(partner.getReference()).getStatus()).isEqualTo(PartnerStatus.valueOf(expected));
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("Committee concurrency: %d rounds, %d votes recorded of %d, %d responses 5xx, %d ms%n", rounds,
				recorded, rounds * MEMBERS, serverErrors, millis);
		assertThat(serverErrors).isZero();
		assertThat(statuses).hasSize(rounds * MEMBERS).containsOnly(204);
		assertThat(recorded).isEqualTo(rounds * MEMBERS);
	}

	@Test
	void membersVotingWhileTheVoteClosesEarlyGet204Or404Or409AndEveryCastVoteIsRecordedOnce() throws Exception {
		for (int round = 0; round < 10; round++) {
			// given four approvals already cast: the outcome is certain, the vote closes at the next job
			ProcessInstance vote = startVote(partnerInCommittee("Closing"));
			for (int i = 1; i <= 4; i++) {
				submitOk(vote, member(i), "APPROVE", null);
			}
			List<Task> late = ballots(vote);

			// when the close runs while the three others submit their ballots
			CyclicBarrier startTogether = new CyclicBarrier(late.size() + 1);
			List<Future<HttpResponse<String>>> responses = new ArrayList<>();
			for (Task ballot : late) {
				responses.add(voters.submit(() -> {
					startTogether.await();
					return submit(ballot.getId(), ballot.getAssignee(), "REJECT", "Late but firm");
				}));
			}
			Future<?> closing = voters.submit(() -> {
				startTogether.await();
				jobs.runDue();
				return null;
			});
			closing.get();
			int accepted = 4;
			for (Future<HttpResponse<String>> response : responses) {
				HttpResponse<String> answer = response.get();
				assertThat(answer.statusCode()).as("round %d: %s", round, answer.body()).isIn(204, 404, 409);
				if (answer.statusCode() == 204) {
					accepted++;
				}
			}
			jobs.runDue();

			// then every vote answered 204 is in the record exactly once, and the vote ended
			assertThat(record.votesOf(vote.getId())).as("round %d", round).hasSize(accepted)
				.extracting(CommitteeVote::getMember).doesNotHaveDuplicates();
			assertThat(outcomeOf(vote)).isEqualTo(APPROVED);
		}
	}

	@Test
	void aMemberVotesOnceAndOnlyOnTheirOwnBallotAndBadBallotsAreRefused() throws Exception {
		// given
		ProcessInstance vote = startVote(partnerInCommittee("Guarded"));
		Task first = ballotOf(vote, member(1));
		Task second = ballotOf(vote, member(2));

		// then each member sees their own ballot only, a recruiter none
		assertThat(visibleBallots(vote, member(1))).containsExactly(first.getId());
		assertThat(visibleBallots(vote, "rita")).isEmpty();

		// when another member or a recruiter votes in the member's place: 403, nothing recorded
		assertThat(submit(first.getId(), member(2), "REJECT", "not mine").statusCode()).isEqualTo(403);
		assertThat(submit(first.getId(), "rita", "APPROVE", null).statusCode()).isEqualTo(403);
		assertThat(record.votesOf(vote.getId())).isEmpty();

		// when the member's ballot is invalid: 400 with the reason, the ballot stays open
		HttpResponse<String> noComment = submit(first.getId(), member(1), "REJECT", " ");
		assertThat(noComment.statusCode()).isEqualTo(400);
		assertThat(noComment.body()).contains("A reject needs a comment");
		HttpResponse<String> noChoice = submit(first.getId(), member(1), null, "hmm");
		assertThat(noChoice.statusCode()).isEqualTo(400);
		assertThat(noChoice.body()).contains("Please fill in: Your vote");
		assertThat(ballotOf(vote, member(1))).isNotNull();

		// when the member votes, then tries again
		assertThat(submit(first.getId(), member(1), "REJECT", "No track record").statusCode()).isEqualTo(204);
		HttpResponse<String> again = submit(first.getId(), member(1), "APPROVE", null);

		// then the second vote is refused and the first one stands
		assertThat(again.statusCode()).isEqualTo(404);
		assertThat(again.body()).contains("completed or withdrawn");
		assertThat(record.votesOf(vote.getId())).singleElement().satisfies(cast -> {
			assertThat(cast.getMember()).isEqualTo(member(1));
			assertThat(cast.getChoice()).isEqualTo("REJECT");
			assertThat(cast.getComment()).isEqualTo("No track record");
		});
		assertThat(ballotOf(vote, member(2)).getId()).isEqualTo(second.getId());
	}

	@Test
	void membersAreConvenedRemindedAndTheRecruiterAndCandidateAreToldTheOutcome() throws Exception {
		// given
		Partner partner = partnerInCommittee("Mailed");
		ProcessInstance vote = startVote(partner);

		// then every member is convened with the candidate's summary, from its kept file, and the deadline
		List<CaughtMail> convened = mailsAbout(partner, "Committee vote: ");
		assertThat(convened).hasSize(MEMBERS);
		assertThat(convened).flatExtracting(CaughtMail::to)
			.containsExactlyInAnyOrderElementsOf(members().stream().map(m -> m + "@partnerflow.test").toList());
		assertThat(convened.get(0).text()).contains("Selection score:  74").contains("Please vote by ")
			.contains("Motivation:       " + TestCommittee.FILE.motivation())
			.contains("Strategy:         " + TestCommittee.FILE.strategy());

		// when two members vote and three days pass
		submitOk(vote, member(1), "REJECT", "No references");
		submitOk(vote, member(2), "REJECT", "Too small");
		jobs.runDue();
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(3).plusMinutes(1).toMillis()));
		jobs.runDue();

		// then the five others are reminded
		assertThat(mailsAbout(partner, "Reminder: your vote on ")).flatExtracting(CaughtMail::to)
			.containsExactlyInAnyOrderElementsOf(members().subList(2, MEMBERS).stream().map(m -> m + "@partnerflow.test").toList());

		// when two more reject: four of seven, approval is impossible
		submitOk(vote, member(3), "REJECT", "Weak plan");
		submitOk(vote, member(4), "REJECT", "Competes with a partner");
		jobs.runDue();

		// then the recruiter and the candidate are told, and the open ballots are withdrawn
		assertThat(outcomeOf(vote)).isEqualTo(REJECTED);
		assertThat(taskService.createTaskQuery().processInstanceId(vote.getId())
			.taskDefinitionKey(CommitteeVoteProcess.CAST_VOTE).count()).isZero();
		assertThat(mailsAbout(partner, "Committee REJECTED: ")).singleElement()
			.satisfies(mail -> assertThat(mail.to()).containsExactly("rita@partnerflow.test"))
			.satisfies(mail -> assertThat(mail.text()).contains("Weak plan"));

		// when rita writes to the candidate, in her words
		String letter = taskService.createTaskQuery().processInstanceId(vote.getId())
			.taskDefinitionKey(CommitteeVoteProcess.WRITE_TO_REJECTED_CANDIDATE).taskAssignee("rita").singleResult().getId();
		HttpResponse<String> written = http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task/" + letter + "/submit-form"))
			.header("Authorization", basic("rita"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"variables\":{\"rejectionLetter\":{\"value\":\"We are focusing on retail partners this year.\"}}}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(written.statusCode()).as(written.body()).isEqualTo(204);
		jobs.runDue();

		// then the candidate reads her reasons (in French: a partner in France), never a member's name or remark
		assertThat(mailsAbout(partner, "Votre candidature de partenaire")).singleElement()
			.satisfies(mail -> assertThat(mail.to()).containsExactly(partner.getContactEmail()))
			.satisfies(mail -> assertThat(mail.text()).contains("We are focusing on retail partners this year.")
				.doesNotContain("Weak plan", "Competes with a partner", member(3), member(4)));
		assertThat(partners.get(partner.getReference()).getStatus()).isEqualTo(PartnerStatus.REJECTED);
	}

	Partner partnerInCommittee(String name) {
		return TestCommittee.inCommittee(partners, applicationFiles, name);
	}

	ProcessInstance startVote(Partner partner) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(COMMITTEE_GROUP, GROUP);
		variables.put(CommitteeVoteProcess.SELECTION_SCORE, 74);
		variables.put(CommitteeVoteProcess.RECRUITER, "rita");
		ProcessInstance vote = runtimeService.startProcessInstanceByKey(KEY, partner.getReference(), variables);
		jobs.runDue();
		return vote;
	}

	HttpResponse<String> submit(String taskId, String user, String choice, String comment) throws Exception {
		Map<String, Object> variables = new HashMap<>();
		if (choice != null) {
			variables.put(CommitteeVoteProcess.VOTE, Map.of("value", choice));
		}
		if (comment != null) {
			variables.put(CommitteeVoteProcess.VOTE_COMMENT, Map.of("value", comment));
		}
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task/" + taskId + "/submit-form"))
			.header("Authorization", basic(user))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("variables", variables))))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	void submitOk(ProcessInstance vote, String member, String choice, String comment) throws Exception {
		HttpResponse<String> response = submit(ballotOf(vote, member).getId(), member, choice, comment);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
	}

	List<String> visibleBallots(ProcessInstance vote, String user) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task?maxResults=2000&processInstanceId=" + vote.getId()))
			.header("Authorization", basic(user))
			.header("Accept", "application/json")
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		json.readTree(response.body()).forEach(task -> ids.add(task.get("id").asText()));
		return ids;
	}

	List<Task> ballots(ProcessInstance vote) {
		return taskService.createTaskQuery().processInstanceId(vote.getId()).taskDefinitionKey(CAST_VOTE).list();
	}

	Task ballotOf(ProcessInstance vote, String member) {
		return taskService.createTaskQuery()
			.processInstanceId(vote.getId())
			.taskDefinitionKey(CAST_VOTE)
			.taskAssignee(member)
			.singleResult();
	}

	String outcomeOf(ProcessInstance vote) {
		HistoricVariableInstance outcome = historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(vote.getId())
			.variableName(COMMITTEE_OUTCOME)
			.singleResult();
		return outcome == null ? null : (String) outcome.getValue();
	}

	List<CaughtMail> mailsAbout(Partner partner, String subjectStart) {
		return mailCatcher.mails()
			.stream()
			.filter(mail -> mail.subject().startsWith(subjectStart) && mail.subject().contains(partner.getReference()))
			.toList();
	}

	static List<String> members() {
		List<String> members = new ArrayList<>();
		for (int i = 1; i <= MEMBERS; i++) {
			members.add(member(i));
		}
		return members;
	}

	static String member(int number) {
		return "cvote" + number;
	}

	static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
	}

}
