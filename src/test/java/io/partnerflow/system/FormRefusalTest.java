package io.partnerflow.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.committee.CommitteeVoteProcess;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.recruitment.ApplicationFiles;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestCommittee;
import io.partnerflow.support.TestPartners;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task form submitted with fields missing, through the engine's REST API as Tasklist does:
 * refused with 400 and a message naming the fields, and the task stays open; the same for fields
 * of the wrong kind.
 */
@IntegrationTest
class FormRefusalTest {

	@LocalServerPort
	int port;

	@Autowired
	PartnerService partners;

	@Autowired
	ApplicationFiles applicationFiles;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	Jobs jobs;

	@Test
	void anIncompleteFormIsRefusedWith400AndTheTaskStaysOpen() throws Exception {
		// given rita's "Approach candidate" task
		String reference = partners.register(TestPartners.candidate("Refused form"), "rita").getReference();
		runtimeService.startProcessInstanceByKey(RecruitmentProcess.KEY, reference);
		jobs.runDue();
		Task approach = taskService.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(RecruitmentProcess.APPROACH_CANDIDATE)
			.singleResult();

		// when she submits it with only the interest filled in
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task/" + approach.getId() + "/submit-form"))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("rita:rita".getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{\"candidateInterested\":{\"value\":\"YES\"}}}"))
				.build(), HttpResponse.BodyHandlers.ofString());

		// then it is refused with the fields to fill in, and the task is still hers to do
		assertThat(response.statusCode()).isEqualTo(400);
		// (named as the form labels them)
		assertThat(message(response)).isEqualTo("Please fill in: Meeting date, Margin on an average deal (EUR), "
				+ "Expected revenue over 3 years (EUR), Expected return on investment (%)");
		assertThat(taskService.createTaskQuery().taskId(approach.getId()).count()).isEqualTo(1);

		// and an administrator, who may write any variable, gets the same answer: the form decides
		HttpResponse<String> byAdmin = submit("admin", approach.getId(),
				"{\"variables\":{\"candidateInterested\":{\"value\":\"YES\"}}}");
		assertThat(byAdmin.statusCode()).isEqualTo(400);
		assertThat(message(byAdmin)).startsWith("Please fill in: Meeting date");
		assertThat(taskService.createTaskQuery().taskId(approach.getId()).count()).isEqualTo(1);

		// and with every field filled in but of the wrong kind
		HttpResponse<String> wrongTypes = submit(approach.getId(), """
				{"variables":{"meetingDate":{"value":"next week"},"averageDealMargin":{"value":"a lot"},
				 "expectedRevenue3Years":{"value":-5},"expectedRoi":{"value":12},"candidateInterested":{"value":"MAYBE"}}}""");
		assertThat(wrongTypes.statusCode()).isEqualTo(400);
		assertThat(wrongTypes.body()).contains("Meeting date must be a date YYYY-MM-DD",
				"Margin on an average deal (EUR) must be a number", "Expected revenue over 3 years (EUR) must be at least 0",
				"Is the candidate interested? must be one of YES, NO");
		assertThat(taskService.createTaskQuery().taskId(approach.getId()).count()).isEqualTo(1);
	}

	@Test
	void aRefusedBallotTellsTheMemberWhyInPlainWordsAndNothingElse() throws Exception {
		// given carl's ballot on a candidate (he reads English; claire, French: StaffLanguageTest)
		Partner partner = TestCommittee.inCommittee(partners, applicationFiles, "Plain words");
		ProcessInstance vote = runtimeService.startProcessInstanceByKey(CommitteeVoteProcess.KEY, partner.getReference(),
				TestCommittee.application(70));
		jobs.runDue();
		String ballot = taskService.createTaskQuery().processInstanceId(vote.getId()).taskAssignee("carl").singleResult().getId();

		// when he rejects without a comment, then votes nothing at all
		HttpResponse<String> noComment = submit("carl", ballot, "{\"variables\":{\"vote\":{\"value\":\"REJECT\"}}}");
		HttpResponse<String> noChoice = submit("carl", ballot, "{\"variables\":{\"voteComment\":{\"value\":\"Hmm\"}}}");

		// then he reads what to do, in his words: no task id, no engine wording
		assertThat(noComment.statusCode()).isEqualTo(400);
		assertThat(message(noComment)).isEqualTo("Please correct: A reject needs a comment: say why");
		assertThat(noChoice.statusCode()).isEqualTo(400);
		assertThat(message(noChoice)).isEqualTo("Please fill in: Your vote");
		assertThat(taskService.createTaskQuery().taskId(ballot).count()).isEqualTo(1);
	}

	private static String message(HttpResponse<String> response) throws Exception {
		return new ObjectMapper().readTree(response.body()).path("message").asText();
	}

	private HttpResponse<String> submit(String taskId, String body) throws Exception {
		return submit("rita", taskId, body);
	}

	private HttpResponse<String> submit(String user, String taskId, String body) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task/" + taskId + "/submit-form"))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
