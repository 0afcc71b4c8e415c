package io.partnerflow.support;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * A new version of one of the models (its BPMN and its forms, copied from the application's
 * deployment), so that a test owns the whole history of that version: processes started by key
 * run on it until {@link #close()} deletes it with its instances and their history, and the
 * application's version is the latest again.
 */
public final class FreshVersion implements AutoCloseable {

	private final RepositoryService repository;

	private final Deployment deployment;

	private final ProcessDefinition definition;

	private FreshVersion(RepositoryService repository, Deployment deployment, ProcessDefinition definition) {
		this.repository = repository;
		this.deployment = deployment;
		this.definition = definition;
	}

	public static FreshVersion of(RepositoryService repository, String processKey) {
		ProcessDefinition current = repository.createProcessDefinitionQuery()
			.processDefinitionKey(processKey)
			.latestVersion()
			.singleResult();
		List<String> resources = repository.getDeploymentResourceNames(current.getDeploymentId())
			.stream()
			.filter(name -> {
				String file = name.substring(name.lastIndexOf('/') + 1);
				return file.equals(processKey + ".bpmn") || (file.startsWith(processKey + "-") && file.endsWith(".form"));
			})
			.toList();
		Deployment deployment = repository.createDeployment()
			.name("test-" + processKey)
			.addDeploymentResourcesByName(current.getDeploymentId(), resources)
			.deploy();
		ProcessDefinition definition = repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
		return new FreshVersion(repository, deployment, definition);
	}

	public String processDefinitionId() {
		return definition.getId();
	}

	public int version() {
		return definition.getVersion();
	}

	@Override
	public void close() {
		repository.deleteDeployment(deployment.getId(), true, true, true);
	}

}
