package io.partnerflow.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms of {@code forms/} reach the engine: deployed beside the models from the classpath,
 * and every user task's {@code camunda:formRef} finds its form in the same deployment.
 */
@IntegrationTest
class FormDeploymentTest {

	@Autowired
	RepositoryService repositoryService;

	@Test
	void everyUserTaskFindsItsFormInItsDeployment() throws IOException {
		List<String> linked = new ArrayList<>();
		for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery()
			.latestVersion()
			.list()) {
			List<String> resources = repositoryService.getDeploymentResourceNames(definition.getDeploymentId());
			for (UserTask task : repositoryService.getBpmnModelInstance(definition.getId())
				.getModelElementsByType(UserTask.class)) {
				String formRef = task.getCamundaFormRef();
				String resource = resources.stream()
					.filter(name -> name.equals(formRef + ".form") || name.endsWith("/" + formRef + ".form"))
					.findFirst()
					.orElseThrow(() -> new AssertionError(
							"form " + formRef + " of " + task.getId() + " not deployed with " + definition.getKey()));
				try (InputStream form = repositoryService.getResourceAsStream(definition.getDeploymentId(), resource)) {
					assertThat(new ObjectMapper().readTree(form).path("id").asText()).isEqualTo(formRef);
				}
				linked.add(definition.getKey() + "/" + task.getId());
			}
		}
		assertThat(linked).as("user tasks with their deployed forms").isNotEmpty();
	}

}
