package io.partnerflow.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms of {@code forms/} reach the engine: deployed beside the models from the classpath,
 * and every user task's {@code camunda:formRef} finds the latest version of its form (a release
 * deploys only what changed, so a model and its forms may be in different deployments).
 */
@IntegrationTest
class FormDeploymentTest {

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	ProcessEngineConfigurationImpl engine;

	@Test
	void everyUserTaskFindsTheLatestVersionOfItsForm() throws IOException {
		List<String> linked = new ArrayList<>();
		for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery()
			.latestVersion()
			.list()) {
			for (UserTask task : repositoryService.getBpmnModelInstance(definition.getId())
				.getModelElementsByType(UserTask.class)) {
				String formRef = task.getCamundaFormRef();
				assertThat(task.getCamundaFormRefBinding()).as("binding of %s", task.getId()).isEqualTo("latest");
				CamundaFormDefinition form = engine.getCommandExecutorTxRequired()
					.execute(context -> context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formRef));
				assertThat(form).as("form " + formRef + " of " + task.getId() + " deployed").isNotNull();
				try (InputStream json = repositoryService.getResourceAsStream(form.getDeploymentId(), form.getResourceName())) {
					assertThat(new ObjectMapper().readTree(json).path("id").asText()).isEqualTo(formRef);
				}
				linked.add(definition.getKey() + "/" + task.getId());
			}
		}
		assertThat(linked).as("user tasks with their deployed forms").isNotEmpty();
	}

}
