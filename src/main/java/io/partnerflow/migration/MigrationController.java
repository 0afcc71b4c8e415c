package io.partnerflow.migration;

import java.util.List;

import io.partnerflow.system.Groups;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators move running partners to the current version of a model:
 * {@code POST /api/migrations/{processKey}} with {@code {"dryRun": false}} migrates every instance
 * of the earlier versions that can move, {@code processInstanceIds} chooses some; without
 * {@code "dryRun": false} (no body included) it only reports what would move and what cannot.
 */
@RestController
@PreAuthorize(Groups.ADMINS_ONLY)
class MigrationController {

	/** Which instances (all when absent) and whether to migrate them or only try. */
	record MigrationRequest(@Size(max = 10_000) List<@NotBlank @Size(max = 64) String> processInstanceIds, Boolean dryRun) {
	}

	private final Migrations migrations;

	MigrationController(Migrations migrations) {
		this.migrations = migrations;
	}

	@PostMapping(path = "/api/migrations/{processKey}", produces = MediaType.APPLICATION_JSON_VALUE)
	Migrations.Report migrate(@PathVariable String processKey, @Valid @RequestBody(required = false) MigrationRequest request) {
		boolean dryRun = request == null || request.dryRun() == null || request.dryRun();
		return migrations.migrate(processKey, request == null ? null : request.processInstanceIds(), dryRun);
	}

}
