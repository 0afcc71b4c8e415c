package io.partnerflow.decision;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.support.TestPartners;
import io.partnerflow.support.ApiClient;
import io.partnerflow.support.Jobs;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Managers change the selection criteria themselves, and only them: mona lowers the minimum
 * revenue and the next candidate is judged by her table; she lowers what makes a partner strategic
 * and the next plan has its CEO meeting, while the plans already running keep their steps; but she
 * cannot deploy a model (the door to running code on the server), nor a table that is not a plain
 * FEEL decision table with the inputs, outputs and required decisions of the deployed one.
 */
@IntegrationTest
class DecisionEditingTest {

	static final String LOWEST_REVENUE = "&lt; 500000";

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Jobs jobs;

	@Autowired
	PartnerService partners;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	final HttpClient http = HttpClient.newHttpClient();

	final ObjectMapper json = new ObjectMapper();

	@AfterEach
	void theApplicationsTablesAreLatestAgain() {
		for (Deployment deployment : repositoryService.createDeploymentQuery().list()) {
			if (deployment.getName() != null && deployment.getName().contains(" edited by ")) {
				repositoryService.deleteDeployment(deployment.getId(), true, true, true);
			}
		}
	}

	@Test
	void aManagerLowersTheMinimumRevenueAndTheNextCandidateIsEligible() throws Exception {
		// given a candidate under the 500,000 EUR minimum is not eligible
		assertThat(statusOfNewCandidate(300_000)).isEqualTo("NOT_ELIGIBLE");
		HttpResponse<String> deployed = send("GET", "/api/decisions/selection-criteria", "mona", null);
		assertThat(deployed.statusCode()).isEqualTo(200);
		assertThat(deployed.body()).contains("<decision id=\"selection-criteria\"", LOWEST_REVENUE);

		// when mona lowers it to 100,000 EUR
		HttpResponse<String> changed = send("PUT", "/api/decisions/selection-criteria", "mona",
				deployed.body().replace(LOWEST_REVENUE, "&lt; 100000"));

		// then her version is deployed under her name, and the same candidate is now eligible
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		JsonNode answer = json.readTree(changed.body());
		assertThat(answer.path("deployedBy").asText()).isEqualTo("mona");
		Deployment deployment = repositoryService.createDeploymentQuery().deploymentId(answer.path("deploymentId").asText()).singleResult();
		assertThat(deployment.getName()).isEqualTo("selection-criteria edited by mona");
		assertThat(deployment.getSource()).contains("mona");
		assertThat(statusOfNewCandidate(300_000)).isNotEqualTo("NOT_ELIGIBLE");
		assertThat(send("GET", "/api/decisions/selection-criteria", "mona", null).body()).contains("&lt; 100000");
	}

	@Test
	void aManagerMakesPartnersStrategicFromLessRevenueAndOnlyTheNextPlansChange() throws Exception {
		// given a reseller of 2.5 MEUR a year under a resale contract is not strategic: its plan has no CEO meeting
		String before = planOfANewPartner("Not yet strategic");
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(before)
			.taskDefinitionKey(OnboardingProcess.MEET_PARTNER_CEO).count()).isZero();
		HttpResponse<String> deployed = send("GET", "/api/decisions/onboarding-plan", "mona", null);
		assertThat(deployed.statusCode()).isEqualTo(200);
		assertThat(deployed.body()).contains("<decision id=\"onboarding-plan\"", "<decision id=\"strategic-partner\"",
				"<text>&gt;= 20000000</text>");

		// when mona makes every partner of 2 MEUR a year strategic
		HttpResponse<String> changed = send("PUT", "/api/decisions/onboarding-plan", "mona",
				deployed.body().replace("<text>&gt;= 20000000</text>", "<text>&gt;= 2000000</text>"));

		// then her version is deployed, the next plan of such a partner has the CEO meeting, and the running one has not
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(json.readTree(changed.body()).path("deploymentName").asText()).isEqualTo("onboarding-plan edited by mona");
		String after = planOfANewPartner("Strategic now");
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(after)
			.taskDefinitionKey(OnboardingProcess.MEET_PARTNER_CEO).taskCandidateGroup("leadership").count()).isOne();
		jobs.runDue();
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(before)
			.taskDefinitionKey(OnboardingProcess.MEET_PARTNER_CEO).count()).isZero();
	}

	@Test
	void thePlanDecisionKeepsItsTwoTablesAndWhatOneReadsOfTheOther() throws Exception {
		// given the deployed plan decision
		String deployed = send("GET", "/api/decisions/onboarding-plan", "mona", null).body();

		// when mona cuts the strategic rule loose from the plan's steps, drops its table, or renames an output
		String withoutRequirement = deployed.replaceAll("(?s)<informationRequirement .*?</informationRequirement>", "")
			.replaceAll("(?s)<dmndi:DMNEdge .*?</dmndi:DMNEdge>", "");
		HttpResponse<String> loose = send("PUT", "/api/decisions/onboarding-plan", "mona", withoutRequirement);
		HttpResponse<String> dropped = send("PUT", "/api/decisions/onboarding-plan", "mona", withoutRequirement
			.replaceAll("(?s)<decision id=\"strategic-partner\".*?</decision>", "")
			.replaceAll("(?s)<dmndi:DMNShape id=\"DMNShape_StrategicPartner\".*?</dmndi:DMNShape>", ""));
		HttpResponse<String> output = send("PUT", "/api/decisions/onboarding-plan", "mona",
				deployed.replace("name=\"ceoMeeting\"", "name=\"ceoLunch\""));

		// then each is refused naming what is wrong
		assertRefused(loose, "must keep the decisions it requires [strategic-partner]");
		assertRefused(dropped, "the decisions must be [onboarding-plan, strategic-partner]");
		assertRefused(output, "must keep its outputs");
	}

	@Test
	void aManagerCannotDeployAModelThatRunsCode() throws Exception {
		// given a model whose timer fires at once and whose expression makes mona an administrator
		String bpmn = """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="x">
				  <bpmn:process id="mona-admin" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <bpmn:startEvent id="StartEvent_Now"><bpmn:timerEventDefinition><bpmn:timeDuration>PT0S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:startEvent>
				    <bpmn:sequenceFlow id="f1" sourceRef="StartEvent_Now" targetRef="ServiceTask_Grant"/>
				    <bpmn:serviceTask id="ServiceTask_Grant" camunda:expression="${execution.getProcessEngineServices().getIdentityService().createMembership('mona','camunda-admin')}"/>
				    <bpmn:sequenceFlow id="f2" sourceRef="ServiceTask_Grant" targetRef="EndEvent_Done"/>
				    <bpmn:endEvent id="EndEvent_Done"/>
				  </bpmn:process>
				</bpmn:definitions>""";

		// when she deploys it as the Modeler does, and through the decision editor
		HttpResponse<String> deployment = new ApiClient(URI.create("http://localhost:" + port), "mona", "mona")
			.deploy("mona-admin", bpmn.getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> asDecision = send("PUT", "/api/decisions/selection-criteria", "mona", bpmn);
		jobs.runDue();

		// then both are refused, and the model never ran
		assertThat(deployment.statusCode()).as(deployment.body()).isEqualTo(403);
		assertThat(asDecision.statusCode()).isEqualTo(400);
		assertThat(asDecision.body()).contains("not a DMN decision model");
		assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("mona-admin").count()).isZero();
		assertThat(identityService.createUserQuery().userId("mona").memberOfGroup("camunda-admin").count()).isZero();
	}

	@Test
	void aTableThatIsNotTheSameFeelTableIsRefused() throws Exception {
		// given the deployed table
		String deployed = send("GET", "/api/decisions/selection-criteria", "mona", null).body();

		// when mona sends a JUEL entry, a changed input, a new output, no time to live, another decision
		HttpResponse<String> juel = send("PUT", "/api/decisions/selection-criteria", "mona", deployed.replace(
				"<inputEntry id=\"UnaryTests_RevenueTooLow_Revenue\">",
				"<inputEntry id=\"UnaryTests_RevenueTooLow_Revenue\" expressionLanguage=\"juel\">"));
		HttpResponse<String> input = send("PUT", "/api/decisions/selection-criteria", "mona",
				deployed.replace("<text>annualRevenue</text>", "<text>annualRevenue * 10</text>"));
		HttpResponse<String> inputJuel = send("PUT", "/api/decisions/selection-criteria", "mona", deployed.replace(
				"<inputExpression id=\"InputExpression_AnnualRevenue\" typeRef=\"long\">",
				"<inputExpression id=\"InputExpression_AnnualRevenue\" typeRef=\"long\" expressionLanguage=\"javascript\">"));
		HttpResponse<String> output = send("PUT", "/api/decisions/selection-criteria", "mona",
				deployed.replace("name=\"score\" typeRef=\"integer\"", "name=\"score\" typeRef=\"string\""));
		HttpResponse<String> noTimeToLive = send("PUT", "/api/decisions/selection-criteria", "mona",
				deployed.replace("camunda:historyTimeToLive=\"P180D\"", ""));
		HttpResponse<String> otherDecision = send("PUT", "/api/decisions/selection-criteria", "mona",
				deployed.replace("<decision id=\"selection-criteria\"", "<decision id=\"committee-rules\""));
		HttpResponse<String> doctype = send("PUT", "/api/decisions/selection-criteria", "mona",
				deployed.replace("<definitions ", "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><definitions "));

		// then each is refused naming what is wrong, and the deployed table is unchanged
		assertRefused(juel, "expressionLanguage 'juel'", "only FEEL");
		assertRefused(input, "must keep its inputs");
		assertRefused(inputJuel, "expressionLanguage 'javascript'");
		assertRefused(output, "must keep its outputs");
		assertRefused(noTimeToLive, "historyTimeToLive");
		assertRefused(otherDecision, "the decisions must be [selection-criteria]");
		assertRefused(doctype, "DOCTYPE");
		assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("selection-criteria")
			.latestVersion().singleResult().getDeploymentId())
			.isNotIn(repositoryService.createDeploymentQuery().list().stream().filter(d -> d.getName() != null && d.getName().contains(" edited by ")).map(Deployment::getId).toList());
	}

	@Test
	void onlyManagersChangeOnlyTheirTables() throws Exception {
		// given
		String tier = send("GET", "/api/decisions/partner-tier", "mona", null).body();

		// when
		HttpResponse<String> unknown = send("PUT", "/api/decisions/committee-vote", "mona", tier);
		HttpResponse<String> unknownRead = send("GET", "/api/decisions/nothing", "mona", null);
		HttpResponse<String> strategicAlone = send("GET", "/api/decisions/strategic-partner", "mona", null);
		HttpResponse<String> recruiter = send("PUT", "/api/decisions/partner-tier", "rita", tier);
		HttpResponse<String> recruiterRead = send("GET", "/api/decisions/partner-tier", "rita", null);
		HttpResponse<String> leadershipRead = send("GET", "/api/decisions/onboarding-plan", "leo", null);

		// then
		assertThat(tier).contains("<decision id=\"partner-tier\"");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknownRead.statusCode()).isEqualTo(404);
		assertThat(recruiter.statusCode()).isEqualTo(403);
		assertThat(recruiterRead.statusCode()).isEqualTo(403);
		assertThat(leadershipRead.statusCode()).isEqualTo(403);
		// the strategic rule is edited with the plan's steps, in the one file that holds both
		assertThat(strategicAlone.statusCode()).isEqualTo(404);
	}

	/** A signed reseller of 2.5 MEUR a year whose plan starts with a resale contract; its reference. */
	private String planOfANewPartner(String name) {
		String reference = partners.register(TestPartners.candidate(name), "rita").getReference();
		for (PartnerStatus status : java.util.List.of(PartnerStatus.APPROACHED, PartnerStatus.APPLICATION_REQUESTED,
				PartnerStatus.IN_COMMITTEE, PartnerStatus.APPROVED)) {
			partners.changeStatus(reference, status, "rita", null);
		}
		java.util.Date signed = new java.util.Date();
		partners.recordContractSignature(reference, signed.toInstant(), "luc");
		runtimeService.startProcessInstanceByKey(OnboardingProcess.KEY, reference, java.util.Map.of(
				OnboardingProcess.VAR_CONTRACT_SIGNED_AT, signed, OnboardingProcess.VAR_CONTRACT_TYPE, "RESALE"));
		jobs.runDue();
		return reference;
	}

	private void assertRefused(HttpResponse<String> response, String... reasons) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains(reasons);
	}

	/** Lists a candidate with this revenue as rita and returns its status once the criteria are checked. */
	private String statusOfNewCandidate(long revenue) throws Exception {
		String unique = "Decision-" + System.nanoTime();
		String candidate = json.writeValueAsString(java.util.Map.ofEntries(java.util.Map.entry("company", unique),
				java.util.Map.entry("country", "FR"), java.util.Map.entry("market", "Retail"),
				java.util.Map.entry("category", "VAR"), java.util.Map.entry("contactName", "Ann"),
				java.util.Map.entry("contactEmail", "ann@" + unique.toLowerCase() + ".example"),
				java.util.Map.entry("annualRevenue", revenue), java.util.Map.entry("salesStaff", 5),
				java.util.Map.entry("technicalStaff", 3), java.util.Map.entry("competingSuppliers", 4)));
		HttpResponse<String> listed = send("POST", "/api/candidates", "rita", candidate);
		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(201);
		String location = listed.headers().firstValue("Location").orElseThrow();
		String reference = location.substring(location.lastIndexOf('/') + 1);
		jobs.runDue();
		return jdbc.queryForObject("select status from partner where reference = ?", String.class, reference);
	}

	private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
		if (body != null) {
			request.header("Content-Type", body.startsWith("{") ? "application/json" : "application/xml");
		}
		return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
