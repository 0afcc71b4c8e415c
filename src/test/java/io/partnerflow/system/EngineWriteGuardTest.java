package io.partnerflow.system;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;

import io.partnerflow.IntegrationTest;
import io.partnerflow.committee.CommitteeRecord;
import io.partnerflow.committee.CommitteeVoteProcess;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.recruitment.ApplicationFiles;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.recruitment.Recruitments;
import io.partnerflow.support.ApiClient;
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
 * The reproductions of the trust issue, replayed through the engine's REST API as the demo users
 * would: a business user writes exactly the writable fields of the form of the task it completes,
 * with values its fields allow, and nothing else, whichever endpoint it calls. Each refusal is
 * checked for its answer and for what did not change.
 */
@IntegrationTest
class EngineWriteGuardTest {

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

	@Autowired
	CommitteeRecord committee;

	@Autowired
	Recruitments recruitments;

	@Test
	void aMemberCannotWriteAnotherMembersVoteNorTheVotingRules() throws Exception {
		// given a committee vote of the demo committee (claire, carl, cora), claire having rejected
		ProcessInstance vote = startVote("Forged vote");
		ApiClient claire = as("claire");
		ApiClient carl = as("carl");
		assertThat(claire.postJson("/engine-rest/task/" + ballot(vote, "claire") + "/submit-form",
				"{\"variables\":{\"vote\":{\"value\":\"REJECT\"},\"voteComment\":{\"value\":\"Too small\"}}}")
			.statusCode()).isEqualTo(204);
		jobs.runDue();
		String carlTask = ballot(vote, "carl");

		// when carl rewrites claire's vote, casts cora's, or changes the majority with his own ballot
		HttpResponse<String> rewrite = carl.send("PUT", "/engine-rest/task/" + carlTask + "/variables/vote_claire",
				ApiClient.JSON, "{\"value\":\"APPROVE\"}", ApiClient.JSON);
		HttpResponse<String> castForCora = carl.postJson("/engine-rest/task/" + carlTask + "/submit-form",
				"{\"variables\":{\"vote\":{\"value\":\"APPROVE\"},\"vote_cora\":{\"value\":\"APPROVE\"},"
						+ "\"voteComment_cora\":{\"value\":\"yes\"}}}");
		HttpResponse<String> majority = carl.postJson("/engine-rest/task/" + carlTask + "/complete",
				"{\"variables\":{\"vote\":{\"value\":\"APPROVE\"},\"majority\":{\"value\":0.0,\"type\":\"Double\"}}}");
		HttpResponse<String> patch = carl.postJson("/engine-rest/task/" + carlTask + "/variables",
				"{\"modifications\":{\"quorum\":{\"value\":0.0,\"type\":\"Double\"}}}");
		HttpResponse<String> local = carl.send("PUT", "/engine-rest/task/" + carlTask + "/localVariables/member",
				ApiClient.JSON, "{\"value\":\"claire\"}", ApiClient.JSON);

		// then each is refused, naming the variable, and nothing changed: carl's ballot is still open
		assertThat(rewrite.statusCode()).as(rewrite.body()).isEqualTo(403);
		assertThat(rewrite.body()).contains("vote_claire", "only the fields of its form");
		assertThat(castForCora.statusCode()).as(castForCora.body()).isEqualTo(403);
		assertThat(castForCora.body()).contains("vote_cora", "voteComment_cora");
		assertThat(majority.statusCode()).as(majority.body()).isEqualTo(403);
		assertThat(majority.body()).contains("majority");
		assertThat(patch.statusCode()).as(patch.body()).isEqualTo(403);
		assertThat(local.statusCode()).as(local.body()).isEqualTo(403);
		assertThat(committee.choicesOf(vote.getId())).containsOnly(Map.entry("claire", "REJECT"));
		assertThat(taskService.createTaskQuery().taskId(carlTask).count()).isEqualTo(1);
		assertThat(runtimeService.getVariable(vote.getId(), CommitteeVoteProcess.MAJORITY)).isNotEqualTo(0.0);
	}

	@Test
	void nobodyButTheAdministratorRewritesTheApplicationFileOrTheFiguresABallotShows() throws Exception {
		// given a vote whose ballots show the candidate's application file, read from its table
		ProcessInstance vote = startVote("Rewritten file");
		String claireTask = ballot(vote, "claire");
		String local = "/engine-rest/task/" + claireTask + "/localVariables";
		String name = CommitteeVoteProcess.APPLICATION_MOTIVATION;
		String forged = "{\"value\":\"We only want the discount\"}";
		ApiClient claire = as("claire");

		// when claire rewrites what her own ballot shows through every door to a task's variables, and
		// carl and mona try it on her ballot
		List<HttpResponse<String>> writes = List.of(
				claire.send("PUT", local + "/" + name, ApiClient.JSON, forged, ApiClient.JSON),
				claire.send("PUT", "/engine-rest/task/" + claireTask + "/variables/" + name, ApiClient.JSON, forged, ApiClient.JSON),
				claire.postJson(local, "{\"modifications\":{\"" + name + "\":" + forged + "}}"),
				claire.postJson(local, "{\"deletions\":[\"" + name + "\"]}"),
				claire.send("DELETE", local + "/" + name, null, null, ApiClient.JSON),
				claire.postJson("/engine-rest/task/" + claireTask + "/submit-form",
						"{\"variables\":{\"vote\":{\"value\":\"APPROVE\"},\"" + name + "\":" + forged + "}}"),
				as("carl").send("PUT", local + "/" + name, ApiClient.JSON, forged, ApiClient.JSON),
				as("mona").send("PUT", local + "/" + name, ApiClient.JSON, forged, ApiClient.JSON));

		// then each is refused, and her ballot is open and shows the file as its table keeps it
		assertThat(writes).allSatisfy(response -> assertThat(response.statusCode()).as(response.body()).isEqualTo(403));
		assertThat(writes.get(0).body()).contains(name, "only the fields of its form");
		assertThat(taskService.createTaskQuery().taskId(claireTask).count()).isEqualTo(1);
		assertThat(taskService.getVariablesLocal(claireTask))
			.containsAllEntriesOf(Map.of(name, TestCommittee.FILE.motivation(),
					CommitteeVoteProcess.APPLICATION_PROSPECTS, TestCommittee.FILE.prospects()));

		// and so are the partner's figures the ballot shows, read from the partner when it was created
		String revenue = CommitteeVoteProcess.ANNUAL_REVENUE;
		List<HttpResponse<String>> figures = List.of(
				claire.send("PUT", local + "/" + revenue, ApiClient.JSON, "{\"value\":99000000,\"type\":\"Long\"}", ApiClient.JSON),
				claire.postJson(local, "{\"deletions\":[\"" + revenue + "\"]}"),
				as("carl").send("PUT", local + "/" + revenue, ApiClient.JSON, "{\"value\":1,\"type\":\"Long\"}", ApiClient.JSON));
		assertThat(figures).allSatisfy(response -> assertThat(response.statusCode()).as(response.body()).isEqualTo(403));
		assertThat(taskService.getVariablesLocal(claireTask)).containsEntry(revenue, 2_500_000L)
			.containsEntry(CommitteeVoteProcess.COUNTRY, "FR");

		// and the administrator keeps the engine's full power (Cockpit's repair tools)
		HttpResponse<String> repair = as("admin").send("PUT", local + "/" + name, ApiClient.JSON, forged, ApiClient.JSON);
		assertThat(repair.statusCode()).as(repair.body()).isEqualTo(204);
	}

	@Test
	void aTaskHolderCannotMakeAPartnerActiveWithoutADeal() throws Exception {
		// given a partner in its 100-day plan, and mark's "Run lead-generation campaign"
		Partner partner = signedPartner("No deal");
		runtimeService.startProcessInstanceByKey(OnboardingProcess.KEY, partner.getReference(),
				Map.of(OnboardingProcess.VAR_CONTRACT_SIGNED_AT, new Date()));
		jobs.runDue();
		Task campaign = taskService.createTaskQuery()
			.processInstanceBusinessKey(partner.getReference())
			.taskDefinitionKey(OnboardingProcess.RUN_LEAD_CAMPAIGN)
			.singleResult();

		// when mark completes it with a first deal of his own making
		HttpResponse<String> response = as("mark").postJson("/engine-rest/task/" + campaign.getId() + "/complete",
				"{\"variables\":{\"leadsPassed\":{\"value\":12},\"campaignSummary\":{\"value\":\"Fairs\"},"
						+ "\"firstDealSigned\":{\"value\":true}}}");
		jobs.runDue();

		// then it is refused, the task is open and the partner is not active
		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(response.body()).contains("firstDealSigned", "Run lead-generation campaign", "leadsPassed");
		assertThat(taskService.createTaskQuery().taskId(campaign.getId()).count()).isEqualTo(1);
		assertThat(partners.get(partner.getReference()).getStatus()).isNotEqualTo(PartnerStatus.ACTIVE);

		// and his form with its own fields goes through
		HttpResponse<String> fair = as("mark").postJson("/engine-rest/task/" + campaign.getId() + "/submit-form",
				"{\"variables\":{\"campaignSummary\":{\"value\":\"Fairs\"}}}");
		assertThat(fair.statusCode()).as(fair.body()).isEqualTo(204);
	}

	@Test
	void noTaskHolderAddsOrSkipsAStepOfThe100DayPlan() throws Exception {
		// given a referral partner's plan: no technical training, no integration milestone, no CEO meeting
		Partner partner = signedPartner("Referral steps");
		ProcessInstance plan = runtimeService.startProcessInstanceByKey(OnboardingProcess.KEY, partner.getReference(),
				Map.of(OnboardingProcess.VAR_CONTRACT_SIGNED_AT, new Date(), OnboardingProcess.VAR_CONTRACT_TYPE, "REFERRAL"));
		jobs.runDue();
		Task sales = task(partner.getReference(), OnboardingProcess.TRAIN_SALES_PEOPLE);
		String steps = "\"technicalTraining\":{\"value\":true},\"integrationMilestone\":{\"value\":true},"
				+ "\"ceoMeeting\":{\"value\":true},\"contractType\":{\"value\":\"OEM\"}";

		// when tess completes her task with the plan's steps of her own making, or sets them on it; rita sets them on
		// the plan; leo starts a plan of his own with them; and rita restarts the plan's steps where she likes
		HttpResponse<String> complete = as("tess").postJson("/engine-rest/task/" + sales.getId() + "/complete",
				"{\"variables\":{\"salesPeopleTrained\":{\"value\":2},\"salesPeopleCertified\":{\"value\":1}," + steps + "}}");
		HttpResponse<String> submit = as("tess").postJson("/engine-rest/task/" + sales.getId() + "/submit-form",
				"{\"variables\":{\"salesPeopleTrained\":{\"value\":2},\"salesPeopleCertified\":{\"value\":1}," + steps + "}}");
		HttpResponse<String> taskVariable = as("tess").send("PUT", "/engine-rest/task/" + sales.getId()
				+ "/variables/technicalTraining", ApiClient.JSON, "{\"value\":true}", ApiClient.JSON);
		HttpResponse<String> planVariables = as("rita").postJson("/engine-rest/process-instance/" + plan.getId() + "/variables",
				"{\"modifications\":{" + steps + "}}");
		HttpResponse<String> start = as("leo").postJson("/engine-rest/process-definition/key/partner-onboarding/start",
				"{\"businessKey\":\"" + partner.getReference() + "\",\"variables\":{" + steps + "}}");
		HttpResponse<String> startWithoutKey = as("rita").postJson("/engine-rest/process-definition/key/partner-onboarding/start",
				"{\"variables\":{" + steps + "}}");
		HttpResponse<String> modification = as("rita").postJson("/engine-rest/process-instance/" + plan.getId() + "/modification",
				"{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\""
						+ OnboardingProcess.TRAIN_TECHNICIANS + "\"}]}");
		jobs.runDue();

		// then every one is refused, and the plan still has the steps its decision gave
		assertThat(complete.statusCode()).as(complete.body()).isEqualTo(403);
		assertThat(complete.body()).contains("technicalTraining", "ceoMeeting", "Train sales people");
		assertThat(List.of(submit, taskVariable, planVariables, start, startWithoutKey, modification))
			.allSatisfy(response -> assertThat(response.statusCode()).as(response.body()).isEqualTo(403));
		assertThat(taskService.createTaskQuery().taskId(sales.getId()).count()).isEqualTo(1);
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(OnboardingProcess.KEY)
			.processInstanceBusinessKey(partner.getReference()).count()).isEqualTo(1);
		assertThat(taskService.createTaskQuery().processInstanceId(plan.getId()).list()).extracting(Task::getTaskDefinitionKey)
			.doesNotContain(OnboardingProcess.TRAIN_TECHNICIANS, OnboardingProcess.REACH_INTEGRATION_MILESTONE,
					OnboardingProcess.MEET_PARTNER_CEO);
		assertThat(runtimeService.getVariable(plan.getId(), OnboardingProcess.VAR_TECHNICAL_TRAINING)).isEqualTo(false);
		assertThat(runtimeService.getVariable(plan.getId(), OnboardingProcess.VAR_CONTRACT_TYPE)).isEqualTo("REFERRAL");

		// and tess's form with its own fields goes through
		HttpResponse<String> fair = as("tess").postJson("/engine-rest/task/" + sales.getId() + "/submit-form",
				"{\"variables\":{\"salesPeopleTrained\":{\"value\":2},\"salesPeopleCertified\":{\"value\":1}}}");
		assertThat(fair.statusCode()).as(fair.body()).isEqualTo(204);
	}

	@Test
	void leoMeetsTheCeoOnlyWithHisFormsFields() throws Exception {
		// given a strategic OEM partner's CEO meeting, and nothing else for leo
		Partner partner = partners.register(new io.partnerflow.partner.CandidateData("Strategic guard " + System.nanoTime(), "FR",
				"Manufacturing", io.partnerflow.partner.PartnerCategory.TECHNOLOGY, "Ada Roy",
				"ada@guard" + System.nanoTime() + ".example", null, 8_000_000L, 5, 5, 1, null), "rita");
		for (PartnerStatus status : List.of(PartnerStatus.APPROACHED, PartnerStatus.APPLICATION_REQUESTED,
				PartnerStatus.IN_COMMITTEE, PartnerStatus.APPROVED)) {
			partners.changeStatus(partner.getReference(), status, "rita", null);
		}
		java.time.Instant signed = java.time.Instant.now().minus(java.time.Duration.ofDays(3));
		partners.recordContractSignature(partner.getReference(), signed, "luc");
		runtimeService.startProcessInstanceByKey(OnboardingProcess.KEY, partner.getReference(),
				Map.of(OnboardingProcess.VAR_CONTRACT_SIGNED_AT, Date.from(signed), OnboardingProcess.VAR_CONTRACT_TYPE, "OEM"));
		jobs.runDue();
		Task meeting = task(partner.getReference(), OnboardingProcess.MEET_PARTNER_CEO);
		Task milestone = task(partner.getReference(), OnboardingProcess.REACH_INTEGRATION_MILESTONE);
		String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();

		// when leo completes it with a first deal of his own, or completes training's milestone
		HttpResponse<String> forged = as("leo").postJson("/engine-rest/task/" + meeting.getId() + "/complete",
				"{\"variables\":{\"ceoMeetingHeldOn\":{\"value\":\"" + today + "\"},\"ceoMeetingSummary\":{\"value\":\"Agreed\"},"
						+ "\"firstDealSigned\":{\"value\":true}}}");
		HttpResponse<String> notHis = as("leo").postJson("/engine-rest/task/" + milestone.getId() + "/complete",
				"{\"variables\":{\"integrationMilestoneReachedOn\":{\"value\":\"" + today + "\"},"
						+ "\"integrationSummary\":{\"value\":\"Done\"}}}");

		// then both are refused; with his form's fields his meeting is recorded
		assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
		assertThat(forged.body()).contains("firstDealSigned");
		assertThat(notHis.statusCode()).as(notHis.body()).isIn(403, 404);
		assertThat(taskService.createTaskQuery().taskId(milestone.getId()).count()).isEqualTo(1);
		HttpResponse<String> fair = as("leo").postJson("/engine-rest/task/" + meeting.getId() + "/submit-form",
				"{\"variables\":{\"ceoMeetingHeldOn\":{\"value\":\"" + today + "\"},\"ceoMeetingSummary\":{\"value\":\"Agreed\"}}}");
		assertThat(fair.statusCode()).as(fair.body()).isEqualTo(204);
		assertThat(partners.get(partner.getReference()).getStatus()).isEqualTo(PartnerStatus.ONBOARDING);
	}

	@Test
	void aRecruiterCannotForgeTheSelectionScoreNorSendValuesItsFieldsRefuse() throws Exception {
		// given rita's "Approach candidate" task, after the decision table scored the candidate
		String reference = recruitment("Forged score");
		Task approach = task(reference, RecruitmentProcess.APPROACH_CANDIDATE);
		Object score = runtimeService.getVariable(approach.getProcessInstanceId(), "selectionScore");
		String fields = "\"meetingDate\":{\"value\":\"2026-01-05\"},\"averageDealMargin\":{\"value\":12},"
				+ "\"expectedRevenue3Years\":{\"value\":300000},\"expectedRoi\":{\"value\":3},";

		// when she completes it with a score of her own, a text where a number belongs, or 100 KB of text
		HttpResponse<String> forged = as("rita").postJson("/engine-rest/task/" + approach.getId() + "/complete",
				"{\"variables\":{" + fields + "\"candidateInterested\":{\"value\":\"YES\"},\"selectionScore\":{\"value\":100}}}");
		HttpResponse<String> wrongType = as("rita").postJson("/engine-rest/task/" + approach.getId() + "/submit-form",
				"{\"variables\":{" + fields.replace("12}", "\"a lot\"}") + "\"candidateInterested\":{\"value\":\"MAYBE\"}}}");
		HttpResponse<String> huge = as("rita").send("PUT", "/engine-rest/task/" + approach.getId() + "/variables/meetingDate",
				ApiClient.JSON, "{\"value\":\"" + "x".repeat(100_000) + "\"}", ApiClient.JSON);
		HttpResponse<String> serialized = as("rita").send("PUT",
				"/engine-rest/task/" + approach.getId() + "/variables/candidateInterested", ApiClient.JSON,
				"{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.HashMap\","
						+ "\"serializationDataFormat\":\"application/json\"}}", ApiClient.JSON);

		// then the forgery is refused (403), the bad values get 400 naming the fields, and nothing changed
		assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
		assertThat(forged.body()).contains("selectionScore");
		assertThat(wrongType.statusCode()).as(wrongType.body()).isEqualTo(400);
		assertThat(wrongType.body()).contains("must be a number", "must be one of YES, NO");
		assertThat(huge.statusCode()).as(huge.body()).isIn(400, 413);
		assertThat(serialized.statusCode()).as(serialized.body()).isEqualTo(400);
		assertThat(taskService.createTaskQuery().taskId(approach.getId()).count()).isEqualTo(1);
		assertThat(runtimeService.getVariable(approach.getProcessInstanceId(), "selectionScore")).isEqualTo(score);
		assertThat(taskService.getVariable(approach.getId(), "meetingDate")).isNull();
	}

	@Test
	void doorsNoBusinessUserNeedsAreClosedToThemAndOpenToTheAdministrator() throws Exception {
		// given a running recruitment and rita's task in it
		String reference = recruitment("Closed doors");
		Task approach = task(reference, RecruitmentProcess.APPROACH_CANDIDATE);
		String instance = approach.getProcessInstanceId();
		ApiClient rita = as("rita");

		// when rita starts a recruitment on an existing partner's reference, throws a BPMN error from her
		// task, sets a process variable, correlates a message or moves the process
		HttpResponse<String> start = rita.postJson("/engine-rest/process-definition/key/partner-recruitment/start",
				"{\"businessKey\":\"" + reference + "\",\"variables\":{\"partnerRegistered\":{\"value\":true}}}");
		HttpResponse<String> error = rita.postJson("/engine-rest/task/" + approach.getId() + "/bpmnError",
				"{\"errorCode\":\"Error_CandidateNotEligible\"}");
		HttpResponse<String> variable = rita.send("PUT", "/engine-rest/process-instance/" + instance + "/variables/firstDealSigned",
				ApiClient.JSON, "{\"value\":true}", ApiClient.JSON);
		HttpResponse<String> message = rita.postJson("/engine-rest/message",
				"{\"messageName\":\"DealWon\",\"businessKey\":\"" + reference + "\"}");
		HttpResponse<String> modification = rita.postJson("/engine-rest/process-instance/" + instance + "/modification",
				"{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"" + RecruitmentProcess.APPROACH_CANDIDATE + "\"}]}");

		// then every one is refused, and the recruitment is where it was
		assertThat(start.statusCode()).as(start.body()).isEqualTo(403);
		assertThat(start.body()).contains("business key");
		assertThat(List.of(error, variable, message, modification))
			.allSatisfy(response -> assertThat(response.statusCode()).as(response.body()).isEqualTo(403));
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isEqualTo(1);
		assertThat(taskService.createTaskQuery().taskId(approach.getId()).count()).isEqualTo(1);
		assertThat(runtimeService.getVariable(instance, "firstDealSigned")).isNull();

		// and the administrator keeps the engine's full power (Cockpit's repair tools)
		HttpResponse<String> repair = as("admin").send("PUT", "/engine-rest/process-instance/" + instance + "/variables/note",
				ApiClient.JSON, "{\"value\":\"checked\"}", ApiClient.JSON);
		assertThat(repair.statusCode()).as(repair.body()).isEqualTo(204);
	}

	// --- helpers --------------------------------------------------------------------------------

	ApiClient as(String user) {
		return new ApiClient(URI.create("http://localhost:" + port), user, user);
	}

	String recruitment(String name) {
		String reference = recruitments.start(TestPartners.candidate(name), "rita").getReference();
		jobs.runDue();
		return reference;
	}

	Task task(String reference, String key) {
		return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(key).singleResult();
	}

	Partner signedPartner(String name) {
		Partner partner = partners.register(TestPartners.candidate(name), "rita");
		for (PartnerStatus status : List.of(PartnerStatus.APPROACHED, PartnerStatus.APPLICATION_REQUESTED,
				PartnerStatus.IN_COMMITTEE, PartnerStatus.APPROVED)) {
			partners.changeStatus(partner.getReference(), status, "rita", null);
		}
		partners.recordContractSignature(partner.getReference(), new Date().toInstant(), "luc");
		return partner;
	}

	ProcessInstance startVote(String name) {
		Partner partner = TestCommittee.inCommittee(partners, applicationFiles, name);
		ProcessInstance vote = runtimeService.startProcessInstanceByKey(CommitteeVoteProcess.KEY, partner.getReference(),
				TestCommittee.application(74));
		jobs.runDue();
		return vote;
	}

	String ballot(ProcessInstance vote, String member) {
		return taskService.createTaskQuery().processInstanceId(vote.getId()).taskAssignee(member).singleResult().getId();
	}

}
