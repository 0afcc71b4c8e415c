package io.partnerflow.insight;

import java.util.List;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The heat of a process diagram for the Cockpit plugin: per element, partners that passed, partners
 * that ended there, average time spent. Managers only, and only for a process definition whose
 * history Camunda lets them read (READ_HISTORY).
 */
@RestController
@PreAuthorize(Groups.MANAGERS_ONLY)
class InsightController {

	private final RepositoryService repository;

	private final AuthorizationService authorizations;

	private final ActivityHistory history;

	InsightController(RepositoryService repository, AuthorizationService authorizations, ActivityHistory history) {
		this.repository = repository;
		this.authorizations = authorizations;
		this.history = history;
	}

	@GetMapping("/api/insight/process-definitions/{id}/activities")
	ActivityHistory.DefinitionFigures activities(@PathVariable String id, Authentication user) {
		ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
		if (definition == null) {
			throw new NotFoundException("Process definition not found", "No process definition with id " + id);
		}
		List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		if (!authorizations.isUserAuthorized(user.getName(), groups, Permissions.READ_HISTORY,
				Resources.PROCESS_DEFINITION, definition.getKey())) {
			throw new AccessDeniedException("No READ_HISTORY on " + definition.getKey());
		}
		return history.of(definition.getId());
	}

}
