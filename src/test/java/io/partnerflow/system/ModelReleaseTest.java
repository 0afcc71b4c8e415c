package io.partnerflow.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.support.ApiClient;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A release deploys only the models and forms it changed: a manager's newer decision table stays
 * the one evaluated after a release that changed a BPMN, and a model deployed without its forms
 * (the next release's recruitment, a BPMN from the Modeler) finds them, bound to their latest version.
 */
@IntegrationTest
class ModelReleaseTest {

	static final String RECRUITMENT_FILE = RecruitmentProcess.KEY + ".bpmn";

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	FormService formService;

	@Autowired
	ModelRelease release;

	@Autowired
	ProcessEngineConfigurationImpl engine;

	final List<String> deployments = new ArrayList<>();

	@AfterEach
	void theApplicationsModelsAreLatestAgain() {
		for (Deployment deployment : repositoryService.createDeploymentQuery().list()) {
			if (deployments.contains(deployment.getId())
					|| deployment.getName() != null && deployment.getName().contains(" edited by ")) {
				repositoryService.deleteDeployment(deployment.getId(), true, true, true);
			}
		}
	}

	@Test
	void aReleaseThatChangesAModelKeepsAManagersNewerDecisionTable() throws Exception {
		// given mona's version of the selection criteria, deployed after the application's release
		ApiClient mona = client("mona");
		String table = mona.send("GET", "/api/decisions/selection-criteria", null, null, "application/xml").body();
		HttpResponse<String> edited = mona.send("PUT", "/api/decisions/selection-criteria", "application/xml",
				table.replace("&lt; 500000", "&lt; 100000"), ApiClient.JSON);
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
		String monasDeployment = new ObjectMapper().readTree(edited.body()).path("deploymentId").asText();

		// when the next release changes the recruitment model and nothing else
		Deployment next = deploy(release.resources().stream().map(resource -> RECRUITMENT_FILE.equals(resource.getFilename())
				? changed(resource, "name=\"Partner recruitment\"", "name=\"Partner recruitment (next release)\"") : resource)
			.toList());

		// then it deploys that model alone: mona's table is still the latest, and the new recruitment finds its start form
		assertThat(next).isNotNull();
		assertThat(repositoryService.getDeploymentResourceNames(next.getId())).containsExactly(RECRUITMENT_FILE);
		assertThat(repositoryService.createDecisionDefinitionQuery()
			.decisionDefinitionKey(RecruitmentProcess.DECISION_SELECTION_CRITERIA)
			.latestVersion()
			.singleResult()
			.getDeploymentId()).isEqualTo(monasDeployment);
		ProcessDefinition recruitment = repositoryService.createProcessDefinitionQuery().deploymentId(next.getId()).singleResult();
		assertThat(recruitment.getName()).isEqualTo("Partner recruitment (next release)");
		assertThat(formId(formService.getDeployedStartForm(recruitment.getId()))).isEqualTo("partner-recruitment-list-candidate");
	}

	@Test
	void aReleaseThatChangesNothingDeploysNothing() {
		assertThat(deploy(release.resources())).isNull();
	}

	@Test
	void aModelDeployedAloneFromTheModelerFindsItsForms() throws Exception {
		// given the recruitment model, changed in the Modeler
		byte[] model;
		try (InputStream bpmn = release.resources().stream()
			.filter(resource -> RECRUITMENT_FILE.equals(resource.getFilename()))
			.findFirst()
			.orElseThrow()
			.getInputStream()) {
			model = new String(bpmn.readAllBytes(), StandardCharsets.UTF_8)
				.replace("name=\"Partner recruitment\"", "name=\"Partner recruitment (from the Modeler)\"")
				.getBytes(StandardCharsets.UTF_8);
		}

		// when the administrator deploys it alone, as the Modeler does
		HttpResponse<String> deployed = client("admin").deploy(RecruitmentProcess.KEY, model);

		// then its start form is found, the latest deployed
		assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
		JsonNode deployment = new ObjectMapper().readTree(deployed.body());
		deployments.add(deployment.path("id").asText());
		ProcessDefinition recruitment = repositoryService.createProcessDefinitionQuery()
			.deploymentId(deployment.path("id").asText())
			.singleResult();
		assertThat(repositoryService.getDeploymentResourceNames(recruitment.getDeploymentId())).containsExactly(RECRUITMENT_FILE);
		assertThat(formId(formService.getDeployedStartForm(recruitment.getId()))).isEqualTo("partner-recruitment-list-candidate");
	}

	@Test
	void theWriteGuardChecksAFormDeployedAfterItsModel() throws Exception {
		// given the recruitment's start form as the guard knows it
		DeployedForms forms = new DeployedForms(engine, new ObjectMapper());
		ProcessDefinition recruitment = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(RecruitmentProcess.KEY)
			.latestVersion()
			.singleResult();
		assertThat(forms.ofStart(recruitment).fields()).doesNotContainKey("referrer");

		// when a release deploys that form alone, with one more field
		Resource form = release.resources().stream()
			.filter(resource -> "partner-recruitment-list-candidate.form".equals(resource.getFilename()))
			.findFirst()
			.orElseThrow();
		deploy(List.of(changed(form, "\"components\": [", """
				"components": [{"type": "textfield", "key": "referrer", "label": "Referred by", "id": "Textfield_Referrer"},""")));

		// then the guard checks the start against the new form, as Tasklist shows it
		assertThat(forms.ofStart(recruitment).fields()).containsKey("referrer");
	}

	private Deployment deploy(List<Resource> resources) {
		Deployment deployment = ModelRelease.deploy(repositoryService, resources);
		if (deployment != null) {
			deployments.add(deployment.getId());
		}
		return deployment;
	}

	private static Resource changed(Resource resource, String from, String to) {
		try (InputStream content = resource.getInputStream()) {
			String text = new String(content.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(text).contains(from);
			return new ByteArrayResource(text.replace(from, to).getBytes(StandardCharsets.UTF_8)) {
				@Override
				public String getFilename() {
					return resource.getFilename();
				}
			};
		}
		catch (IOException unreadable) {
			throw new AssertionError(unreadable);
		}
	}

	private static String formId(InputStream form) throws IOException {
		try (form) {
			return new ObjectMapper().readTree(form).path("id").asText();
		}
	}

	private ApiClient client(String user) {
		return new ApiClient(URI.create("http://localhost:" + port), user, user);
	}

}
