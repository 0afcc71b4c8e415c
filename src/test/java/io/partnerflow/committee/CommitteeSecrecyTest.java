package io.partnerflow.committee;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import io.partnerflow.IntegrationTest;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.recruitment.ApplicationFiles;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestCommittee;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ballot is secret while the vote is open: another member, a recruiter and a manager read
 * nothing of it through any endpoint the webapps use (task and form variables, runtime and
 * history variables, history details, the partner's timeline); once the vote has closed, the
 * record is in the partner's timeline.
 */
@IntegrationTest
class CommitteeSecrecyTest {

	/** Claire's comment: it must appear nowhere but in her own ballot until the vote closes. */
	static final String CLAIRES_NOTE = "Internal note on their thin references";

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
	void aRunningBallotIsReadByNobodyButItsMemberAndTheRecordIsPublishedAtTheClose() throws Exception {
		// given a vote of the demo committee (claire, carl, cora) in which claire has rejected
		Partner partner = TestCommittee.inCommittee(partners, applicationFiles, "Secret ballot");
		ProcessInstance vote = startVote(partner);
		String claireTask = ballot(vote, "claire");
		assertThat(as("claire").postJson("/engine-rest/task/" + claireTask + "/submit-form",
				"{\"variables\":{\"vote\":{\"value\":\"REJECT\"},\"voteComment\":{\"value\":\"" + CLAIRES_NOTE + "\"}}}")
			.statusCode()).isEqualTo(204);
		jobs.runDue();
		String carlTask = ballot(vote, "carl");
		String id = vote.getId();

		// when carl, rita and mona read everything the engine's REST API and the partner API offer
		List<HttpResponse<String>> reads = List.of(
				as("carl").get("/engine-rest/task/" + carlTask + "/variables"),
				as("carl").get("/engine-rest/task/" + carlTask + "/form-variables"),
				as("carl").get("/engine-rest/history/variable-instance?maxResults=100&processInstanceId=" + id),
				as("carl").get("/engine-rest/history/detail?maxResults=100&processInstanceId=" + id),
				as("carl").get("/engine-rest/variable-instance?maxResults=100&processInstanceIdIn=" + id),
				as("mona").get("/engine-rest/history/variable-instance?maxResults=100&processInstanceId=" + id),
				as("mona").get("/engine-rest/history/detail?maxResults=100&processInstanceId=" + id),
				as("mona").get("/engine-rest/variable-instance?maxResults=100&processInstanceIdIn=" + id),
				as("mona").get("/engine-rest/process-instance/" + id + "/variables"),
				as("mona").get("/engine-rest/task/" + carlTask + "/variables"),
				as("rita").get("/api/partners/" + partner.getReference()),
				as("mona").get("/api/partners/" + partner.getReference()));

		List<HttpResponse<String>> everything = List.of(
				as("mona").get("/engine-rest/history/variable-instance?maxResults=2000"),
				as("mona").get("/engine-rest/history/detail?maxResults=2000"),
				as("carl").get("/engine-rest/history/detail?maxResults=2000"));

		// then nobody reads claire's ballot, and the timeline says only that she voted
		assertThat(reads).allSatisfy(read -> assertThat(read.body()).as(read.uri().toString())
			.doesNotContain(CLAIRES_NOTE)
			.doesNotContain("REJECT"));
		assertThat(everything).allSatisfy(read -> assertThat(read.body()).as(read.uri().toString())
			.doesNotContain(CLAIRES_NOTE));
		assertThat(reads).allSatisfy(read -> assertThat(read.statusCode()).as(read.uri().toString()).isLessThan(500));
		assertThat(as("rita").get("/api/partners/" + partner.getReference()).body())
			.contains("Voted; the ballot stays secret until the vote closes");
		// and claire still reads her own ballot
		assertThat(as("claire").get("/engine-rest/history/variable-instance?maxResults=100&processInstanceId=" + id).statusCode())
			.isLessThan(500);

		// when carl rejects too, the outcome is certain and the vote closes
		assertThat(as("carl").postJson("/engine-rest/task/" + carlTask + "/submit-form",
				"{\"variables\":{\"vote\":{\"value\":\"REJECT\"},\"voteComment\":{\"value\":\"No\"}}}")
			.statusCode()).isEqualTo(204);
		jobs.runDue();

		// then the record is in the partner's timeline for its recruiter
		assertThat(partners.get(partner.getReference()).getStatus()).isEqualTo(PartnerStatus.REJECTED);
		assertThat(as("rita").get("/api/partners/" + partner.getReference()).body())
			.contains("Committee vote REJECT: " + CLAIRES_NOTE);
	}

	@Test
	void aBallotShowsTheKeptApplicationFileToItsHoldersOnly() throws Exception {
		// given a vote of the demo committee on a partner whose application file is kept in its table
		Partner partner = TestCommittee.inCommittee(partners, applicationFiles, "Read model");
		ProcessInstance vote = startVote(partner);
		String claireTask = ballot(vote, "claire");
		String motivation = TestCommittee.FILE.motivation();

		// when claire opens her ballot's form
		HttpResponse<String> claireReads = as("claire").get("/engine-rest/task/" + claireTask + "/form-variables");

		// then it shows the file, held by her task alone and by no variable of the vote
		assertThat(claireReads.statusCode()).as(claireReads.body()).isEqualTo(200);
		assertThat(claireReads.body()).contains(motivation, TestCommittee.FILE.prospects());
		assertThat(runtimeService.getVariables(vote.getId())).doesNotContainKey(CommitteeVoteProcess.APPLICATION_MOTIVATION);

		// and another member, a manager and the recruiter read nothing of her ballot
		List<HttpResponse<String>> others = List.of(
				as("carl").get("/engine-rest/task/" + claireTask + "/variables"),
				as("carl").get("/engine-rest/task/" + claireTask + "/form-variables"),
				as("mona").get("/engine-rest/task/" + claireTask + "/localVariables"),
				as("mona").get("/engine-rest/variable-instance?maxResults=100&taskIdIn=" + claireTask),
				as("mona").get("/engine-rest/history/variable-instance?maxResults=100&taskIdIn=" + claireTask),
				as("rita").get("/engine-rest/variable-instance?maxResults=100&processInstanceIdIn=" + vote.getId()),
				as("rita").get("/engine-rest/history/variable-instance?maxResults=100&processInstanceId=" + vote.getId()));
		assertThat(others).allSatisfy(read -> assertThat(read.body()).as(read.uri().toString()).doesNotContain(motivation));
		assertThat(others).allSatisfy(read -> assertThat(read.statusCode()).as(read.uri().toString()).isIn(200, 403));
	}

	ApiClient as(String user) {
		return new ApiClient(URI.create("http://localhost:" + port), user, user);
	}


	ProcessInstance startVote(Partner partner) {
		ProcessInstance vote = runtimeService.startProcessInstanceByKey(CommitteeVoteProcess.KEY, partner.getReference(),
				TestCommittee.application(74));
		jobs.runDue();
		return vote;
	}

	String ballot(ProcessInstance vote, String member) {
		return taskService.createTaskQuery().processInstanceId(vote.getId()).taskAssignee(member).singleResult().getId();
	}

}
