package io.partnerflow.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the application's models and forms (the starter's {@code camunda.bpm.deployment-resource-pattern})
 * when the engine is built, in place of the starter's own deployment (its
 * {@code auto-deployment-enabled} is off): each resource is compared with its latest version in
 * the releases before (Camunda's per-resource duplicate filtering, "deploy changed only"), and only
 * those that changed are deployed. A release that changes one BPMN therefore leaves the decision
 * tables alone, and a manager's newer version of one stays the one evaluated.
 * <p>
 * A resource is named by its file name ({@code selection-criteria.dmn}), the same from the IDE and
 * from the jar (the starter named a file by its absolute path, so a checkout moved elsewhere
 * redeployed everything) and the name the starter gave them in the packaged jar, so a database that
 * the jar deployed to before keeps its releases' history. The models' and forms' file names are
 * their ids, unique across {@code bpmn/} and {@code forms/}.
 */
@Component
class ModelRelease extends AbstractProcessEnginePlugin {

	/** The deployments of the releases: the name the starter gave them, so that the filtering finds those before. */
	static final String DEPLOYMENT_NAME = "SpringAutoDeployment";

	private static final Logger log = LoggerFactory.getLogger(ModelRelease.class);

	private final String[] patterns;

	ModelRelease(CamundaBpmProperties properties) {
		this.patterns = properties.getDeploymentResourcePattern();
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		deploy(engine.getRepositoryService(), resources());
	}

	/**
	 * Deploys what changed among these resources since the releases before; none changed, no
	 * deployment (null).
	 */
	static Deployment deploy(RepositoryService repository, Collection<Resource> resources) {
		Map<String, Resource> byName = new TreeMap<>();
		for (Resource resource : resources) {
			Resource other = byName.put(resource.getFilename(), resource);
			if (other != null) {
				throw new IllegalStateException("Two models or forms named " + resource.getFilename() + ": " + other + " and "
						+ resource + "; a resource's file name is its id and must be unique");
			}
		}
		if (byName.isEmpty()) {
			return null;
		}
		Deployment before = repository.createDeploymentQuery()
			.deploymentName(DEPLOYMENT_NAME)
			.orderByDeploymentTime()
			.desc()
			.listPage(0, 1)
			.stream()
			.findFirst()
			.orElse(null);
		DeploymentBuilder release = repository.createDeployment().name(DEPLOYMENT_NAME).enableDuplicateFiltering(true);
		byName.forEach((name, resource) -> {
			try (InputStream content = resource.getInputStream()) {
				release.addInputStream(name, content);
			}
			catch (IOException unreadable) {
				throw new UncheckedIOException("Cannot read " + resource, unreadable);
			}
		});
		Deployment deployment = release.deploy();
		if (before != null && before.getId().equals(deployment.getId())) {
			log.info("Release: none of the {} models and forms changed", byName.size());
			return null;
		}
		List<String> deployed = repository.getDeploymentResourceNames(deployment.getId());
		log.info("Release: {} of {} models and forms changed, deployed {}", deployed.size(), byName.size(), deployed);
		return deployment;
	}

	/** The application's models and forms: what a release deploys. */
	List<Resource> resources() {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		List<Resource> found = new ArrayList<>();
		for (String pattern : patterns) {
			try {
				for (Resource resource : resolver.getResources(pattern)) {
					if (resource.isReadable()) {
						found.add(resource);
					}
				}
			}
			catch (IOException unreadable) {
				throw new UncheckedIOException("Cannot list " + pattern, unreadable);
			}
		}
		return found;
	}

}
