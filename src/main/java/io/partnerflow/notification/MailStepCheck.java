package io.partnerflow.notification;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.ModelException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Refuses to deploy a model whose mail steps do not fit their templates ({@link MailStep}): a letter
 * to the partner with a colleague in copy, an internal notice to the partner, a group PartnerFlow
 * does not know, a recipient as text. The deployment fails as it does for a model the engine cannot
 * run, with Camunda's {@link ParseException} and one problem per step: the application does not
 * start with such a model of its own, and a deployment from the Modeler or the REST API gets a 400
 * that names the steps.
 * <p>
 * New deployments only, as the engine enforces {@code historyTimeToLive}: it reads a definition
 * deployed before from the database again when it needs it (after a restart, on another node), and
 * the instances of one deployed before the typed fields, with {@code to}, must run to their end.
 */
@Component
public class MailStepCheck extends AbstractProcessEnginePlugin implements Deployer {

	private final MailTemplates templates;

	/** For an engine configured outside Spring: the process tests'. */
	public MailStepCheck() {
		this(new MailTemplates());
	}

	@Autowired
	MailStepCheck(MailTemplates templates) {
		this.templates = templates;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<Deployer> deployers = new ArrayList<>();
		if (configuration.getCustomPreDeployers() != null) {
			deployers.addAll(configuration.getCustomPreDeployers());
		}
		deployers.add(this);
		configuration.setCustomPreDeployers(deployers);
	}

	@Override
	public void deploy(DeploymentEntity deployment) {
		if (!deployment.isNew() || deployment.getResources() == null) {
			return;
		}
		for (ResourceEntity resource : deployment.getResources().values()) {
			if (Arrays.stream(BpmnDeployer.BPMN_RESOURCE_SUFFIXES).anyMatch(resource.getName()::endsWith)) {
				check(resource.getName(), resource.getBytes());
			}
		}
	}

	/** @throws ParseException when a mail step of the model does not fit its template */
	void check(String resource, byte[] bpmn) {
		BpmnModelInstance model;
		try {
			model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
		}
		catch (ModelException unreadable) {
			return; // the engine's own parse says what is wrong with it
		}
		List<Problem> problems = new ArrayList<>();
		for (MailStep step : MailStep.in(model)) {
			step.problems(templates).forEach(problem -> problems.add(new StepProblem(step.id() + ": " + problem, step.id())));
		}
		if (!problems.isEmpty()) {
			throw new ParseException("The mail steps of " + resource + " do not fit their templates: "
					+ String.join("; ", problems.stream().map(Problem::getMessage).toList()), resource, problems, List.of());
		}
	}

	/** A step's problem, as Camunda reports the problems of a model (the Modeler lists them by element). */
	record StepProblem(String message, String mainElementId) implements Problem {

		@Override
		public String getMessage() {
			return message;
		}

		@Override
		public int getLine() {
			return 0;
		}

		@Override
		public int getColumn() {
			return 0;
		}

		@Override
		public String getMainElementId() {
			return mainElementId;
		}

		@Override
		public List<String> getElementIds() {
			return mainElementId == null ? List.of() : List.of(mainElementId);
		}

	}

}
