package io.partnerflow.migration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.partnerflow.system.BadRequestException;
import io.partnerflow.system.CurrentUser;
import io.partnerflow.system.ModelMigration;
import io.partnerflow.system.NotFoundException;
import io.partnerflow.system.OwnCommand;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the running instances of one model from its earlier versions to the current one. Each
 * instance is first tried alone, in a transaction always rolled back (the dry run is that trial):
 * the report lists those that would move and those that cannot, with the reason, and a migration
 * moves only the former, so one instance that cannot move never stops the others half-way. Many
 * instances move in a Camunda batch (jobs, visible in Cockpit's batches), a few at once.
 */
@Service
class Migrations {

	private static final Logger log = LoggerFactory.getLogger(Migrations.class);

	/** More instances than this move in a batch of jobs rather than in the request. */
	static final int AT_ONCE = 200;

	private final Map<String, ModelMigration> models;

	private final ProcessEngine engine;

	private final OwnCommand ownCommand;

	private final CurrentUser user;

	/** Each trial's own transaction, always rolled back. */
	private final TransactionTemplate trials;

	/** One running instance: where it waits, and why it cannot move (null when it can). */
	record Instance(String processInstanceId, String businessKey, int fromVersion, List<String> waitingIn, String problem) {
	}

	/** What a migration moved (or, in a dry run, would move) and what it cannot. */
	record Report(String processKey, int toVersion, boolean dryRun, boolean batch, List<Instance> movable,
			List<Instance> cannotMove) {
	}

	Migrations(List<ModelMigration> models, ProcessEngine engine, OwnCommand ownCommand,
			PlatformTransactionManager transactions) {
		this.models = models.stream().collect(Collectors.toMap(ModelMigration::processKey, Function.identity()));
		this.engine = engine;
		this.ownCommand = ownCommand;
		this.user = new CurrentUser(engine.getIdentityService());
		this.trials = new TransactionTemplate(transactions);
		this.trials.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The models PartnerFlow migrates, by key, in alphabetical order. */
	List<String> processKeys() {
		return models.keySet().stream().sorted().toList();
	}

	/** Migrates these instances ({@code null}: all of the model's earlier versions), or only tries them. */
	Report migrate(String processKey, Collection<String> chosen, boolean dryRun) {
		ModelMigration model = models.get(processKey);
		if (model == null) {
			throw new NotFoundException("Model not found", "No model " + processKey + "; PartnerFlow migrates " + models.keySet());
		}
		return user.withoutAuthorization(() -> run(model, chosen, dryRun));
	}

	private Report run(ModelMigration model, Collection<String> chosen, boolean dryRun) {
		RepositoryService repository = engine.getRepositoryService();
		RuntimeService runtime = engine.getRuntimeService();
		ProcessDefinition target = repository.createProcessDefinitionQuery()
			.processDefinitionKey(model.processKey())
			.latestVersion()
			.singleResult();
		Map<String, List<ProcessInstance>> byVersion = earlierInstances(runtime, model.processKey(), target, chosen);
		List<Instance> movable = new ArrayList<>();
		List<Instance> cannot = new ArrayList<>();
		boolean batch = false;
		for (Map.Entry<String, List<ProcessInstance>> version : byVersion.entrySet()) {
			ProcessDefinition source = repository.getProcessDefinition(version.getKey());
			MigrationPlan plan;
			String planProblem = null;
			Object planned = ownCommand.run(() -> {
				try {
					return plan(model, source, target);
				}
				catch (MigrationPlanValidationException invalid) {
					return "version " + source.getVersion() + " cannot be mapped to version " + target.getVersion() + ": "
							+ invalid.getValidationReport().getInstructionReports().stream()
								.flatMap(report -> report.getFailures().stream()).collect(Collectors.joining("; "));
				}
			});
			if (planned instanceof MigrationPlan built) {
				plan = built;
			}
			else {
				plan = null;
				planProblem = (String) planned;
			}
			List<String> moving = new ArrayList<>();
			for (ProcessInstance instance : version.getValue()) {
				String problem = plan == null ? planProblem : trial(runtime, plan, instance.getId());
				Instance outcome = new Instance(instance.getId(), instance.getBusinessKey(), source.getVersion(),
						runtime.getActiveActivityIds(instance.getId()), problem);
				(problem == null ? movable : cannot).add(outcome);
				if (problem == null) {
					moving.add(instance.getId());
				}
			}
			if (!dryRun && !moving.isEmpty()) {
				if (moving.size() > AT_ONCE) {
					runtime.newMigration(plan).processInstanceIds(moving).executeAsync();
					batch = true;
				}
				else {
					runtime.newMigration(plan).processInstanceIds(moving).execute();
				}
				log.info("Migration of {} from version {} to {}: {} instances{}", model.processKey(), source.getVersion(),
						target.getVersion(), moving.size(), moving.size() > AT_ONCE ? " (batch)" : "");
			}
		}
		return new Report(model.processKey(), target.getVersion(), dryRun, batch, movable, cannot);
	}

	/**
	 * Each activity to the one of the same id, and the model's changed activities to their new ids
	 * where the earlier version has them. Event triggers are kept: a waiting timer keeps its due date
	 * (updating it would start its period again from the migration), a message subscription its name.
	 */
	static MigrationPlan plan(RuntimeService runtime, BpmnModelInstance from, BpmnModelInstance to, String fromId,
			String toId, Map<String, String> changed) {
		MigrationPlanBuilder plan = runtime.createMigrationPlan(fromId, toId).mapEqualActivities();
		changed.forEach((earlier, current) -> {
			if (from.getModelElementById(earlier) != null && to.getModelElementById(current) != null) {
				plan.mapActivities(earlier, current);
			}
		});
		return plan.build();
	}

	private MigrationPlan plan(ModelMigration model, ProcessDefinition from, ProcessDefinition to) {
		RepositoryService repository = engine.getRepositoryService();
		return plan(engine.getRuntimeService(), repository.getBpmnModelInstance(from.getId()),
				repository.getBpmnModelInstance(to.getId()), from.getId(), to.getId(), model.changedActivities());
	}

	/**
	 * Migrates the instance alone in a transaction that is rolled back: null when it moves, what stops
	 * it otherwise. The migration runs inside a command of its own, which catches the engine's refusal,
	 * so that the engine does not log a refused trial as a failed command.
	 */
	private String trial(RuntimeService runtime, MigrationPlan plan, String instanceId) {
		return trials.execute(transaction -> {
			transaction.setRollbackOnly();
			return ownCommand.run(() -> {
				try {
					runtime.newMigration(plan).processInstanceIds(instanceId).execute();
					return null;
				}
				catch (MigratingProcessInstanceValidationException refused) {
					List<String> failures = new ArrayList<>(refused.getValidationReport().getFailures());
					refused.getValidationReport().getActivityInstanceReports().forEach(report -> report.getFailures()
						.forEach(failure -> failures.add(report.getSourceScopeId() + ": " + failure)));
					refused.getValidationReport().getTransitionInstanceReports().forEach(report -> report.getFailures()
						.forEach(failure -> failures.add(report.getSourceScopeId() + ": " + failure)));
					return String.join("; ", failures);
				}
				catch (ProcessEngineException failed) {
					return failed.getMessage();
				}
			});
		});
	}

	/** The model's instances on an earlier version than the target, by version; refuses chosen ids that are none of them. */
	private static Map<String, List<ProcessInstance>> earlierInstances(RuntimeService runtime, String processKey,
			ProcessDefinition target, Collection<String> chosen) {
		Map<String, List<ProcessInstance>> byVersion = new LinkedHashMap<>();
		Set<String> wanted = chosen == null ? null : new LinkedHashSet<>(chosen);
		List<ProcessInstance> page;
		int first = 0;
		do {
			page = runtime.createProcessInstanceQuery()
				.processDefinitionKey(processKey)
				.orderByProcessInstanceId()
				.asc()
				.listPage(first, 1000);
			first += page.size();
			for (ProcessInstance instance : page) {
				if (!instance.getProcessDefinitionId().equals(target.getId())
						&& (wanted == null || wanted.remove(instance.getId()))) {
					byVersion.computeIfAbsent(instance.getProcessDefinitionId(), key -> new ArrayList<>()).add(instance);
				}
			}
		}
		while (page.size() == 1000);
		if (wanted != null && !wanted.isEmpty()) {
			throw new BadRequestException("processInstanceIds", "not running instances of " + processKey
					+ " on an earlier version than " + target.getVersion() + ": " + String.join(", ", wanted));
		}
		return byVersion;
	}

}
