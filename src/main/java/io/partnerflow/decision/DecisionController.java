package io.partnerflow.decision;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.partnerflow.leads.LeadProcess;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.recruitment.RecruitmentProcess;
import io.partnerflow.system.BadRequestException;
import io.partnerflow.system.CurrentUser;
import io.partnerflow.system.Groups;
import io.partnerflow.system.NotFoundException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The decision tables managers change themselves (the selection criteria, the tier thresholds, the
 * 100-day plan's steps by contract type and what makes a partner strategic, the routing of leads),
 * without the right to deploy: {@code GET} gives the deployed DMN to edit in the Modeler,
 * {@code PUT} deploys an edited version once {@link DecisionTableCheck} accepts it. PartnerFlow
 * deploys it, as the system, under a name that says which manager did it; the next evaluation
 * uses it. Deploying anything else stays with camunda-admin.
 */
@RestController
@PreAuthorize(Groups.MANAGERS_ONLY)
class DecisionController {

	private static final Logger log = LoggerFactory.getLogger(DecisionController.class);

	/** The decisions managers may change. */
	static final List<String> EDITABLE = List.of(RecruitmentProcess.DECISION_SELECTION_CRITERIA, OnboardingProcess.DECISION_TIER,
			OnboardingProcess.DECISION_PLAN, LeadProcess.DECISION_ROUTING);

	/** Names the deployments made here. */
	static final String SOURCE = "PartnerFlow decision editor";

	/** What a manager's change answers: the new version and who deployed it. */
	record DeployedDecision(String key, int version, String deploymentId, String deploymentName, String deployedBy) {
	}

	private final RepositoryService repository;

	private final CurrentUser user;

	DecisionController(RepositoryService repository, CurrentUser user) {
		this.repository = repository;
		this.user = user;
	}

	@GetMapping(path = "/api/decisions/{key}", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<byte[]> deployed(@PathVariable String key) throws IOException {
		DecisionDefinition definition = latest(key);
		try (InputStream xml = repository.getDecisionModel(definition.getId())) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_XML)
				.header("Content-Disposition", "attachment; filename=\"" + key + ".dmn\"")
				.header("X-Decision-Version", String.valueOf(definition.getVersion()))
				.body(xml.readAllBytes());
		}
	}

	@PutMapping(path = "/api/decisions/{key}", consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
			MediaType.APPLICATION_OCTET_STREAM_VALUE, "application/dmn+xml" })
	DeployedDecision change(@PathVariable String key, @RequestBody byte[] dmn,
			org.springframework.security.core.Authentication user) throws IOException {
		DecisionDefinition current = latest(key);
		List<String> problems;
		try (InputStream deployed = repository.getDecisionModel(current.getId())) {
			problems = DecisionTableCheck.problems(dmn, deployed);
		}
		if (!problems.isEmpty()) {
			throw new BadRequestException("body", String.join("; ", problems));
		}
		String name = key + " edited by " + user.getName();
		Deployment deployment = asSystem(() -> repository.createDeployment()
			.name(name)
			.source(SOURCE + " (" + user.getName() + ")")
			.addInputStream(resourceName(current), new java.io.ByteArrayInputStream(dmn))
			.deploy());
		DecisionDefinition deployedVersion = repository.createDecisionDefinitionQuery()
			.deploymentId(deployment.getId())
			.decisionDefinitionKey(key)
			.singleResult();
		log.info("{} deployed version {} of decision {} (deployment {})", user.getName(), deployedVersion.getVersion(), key,
				deployment.getId());
		return new DeployedDecision(key, deployedVersion.getVersion(), deployment.getId(), name, user.getName());
	}

	private DecisionDefinition latest(String key) {
		DecisionDefinition definition = EDITABLE.contains(key) ? asSystem(
				() -> repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult())
				: null;
		if (definition == null) {
			throw new NotFoundException("Decision not found",
					"No decision " + key + " that managers may change; they change " + EDITABLE);
		}
		return definition;
	}

	private static String resourceName(DecisionDefinition definition) {
		String resource = definition.getResourceName();
		return resource.substring(resource.lastIndexOf('/') + 1);
	}

	/** Runs without the caller's engine authentication: PartnerFlow itself deploys, after its own check. */
	private <T> T asSystem(java.util.function.Supplier<T> work) {
		return user.withoutAuthorization(work);
	}

}
