package io.partnerflow.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.partnerflow.system.Groups;
import io.partnerflow.system.NotFoundException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The heat of a process diagram for the Cockpit plugin: per element, partners that passed, that
 * ended there, that wait there now, the time spent (mean, median, total); per outgoing flow of a
 * gateway, the partners that took it; which end events are successes and which losses. In a window
 * of days, for the version shown or all versions of its model. Managers only, and only for a process
 * definition whose history Camunda lets them read (READ_HISTORY).
 */
@RestController
@PreAuthorize(Groups.MANAGERS_ONLY)
class InsightController {

	private final RepositoryService repository;

	private final AuthorizationService authorizations;

	private final ActivityHistory activities;

	private final FlowHistory flows;

	private final ModelOutline outlines;

	InsightController(RepositoryService repository, AuthorizationService authorizations, ActivityHistory activities,
			FlowHistory flows, ModelOutline outlines) {
		this.repository = repository;
		this.authorizations = authorizations;
		this.activities = activities;
		this.flows = flows;
		this.outlines = outlines;
	}

	/** The answer: the scope asked for, its partners (and those waiting now), the elements, the flows, the ends. */
	record HeatMap(String processDefinitionId, int version, boolean allVersions, LocalDate from, LocalDate to,
			long partners, long running, List<ActivityHistory.ActivityFigures> activities,
			List<FlowHistory.FlowFigures> flows, Map<String, String> outcomes) {
	}

	@GetMapping("/api/insight/process-definitions/{id}/activities")
	HeatMap activities(@PathVariable String id, @RequestParam MultiValueMap<String, String> query, Authentication user) {
		HeatScope scope = HeatScope.of(query);
		ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
		if (definition == null) {
			throw new NotFoundException("Process definition not found", "No process definition with id " + id);
		}
		List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		if (!authorizations.isUserAuthorized(user.getName(), groups, Permissions.READ_HISTORY,
				Resources.PROCESS_DEFINITION, definition.getKey())) {
			throw new AccessDeniedException("No READ_HISTORY on " + definition.getKey());
		}
		String scoped = scope.definition(definition.getId(), definition.getKey());
		ModelOutline.Outline outline = outlines.of(definition.getId());
		ActivityHistory.Figures figures = activities.of(scope, scoped);
		return new HeatMap(definition.getId(), definition.getVersion(), scope.allVersions(), scope.from(), scope.to(),
				figures.partners(), figures.running(), figures.activities(),
				flows.of(scope, scoped, outline.flows(), figures.activities()
					.stream()
					.collect(Collectors.toMap(ActivityHistory.ActivityFigures::activityId,
							ActivityHistory.ActivityFigures::passed))),
				outline.outcomes());
	}

}
