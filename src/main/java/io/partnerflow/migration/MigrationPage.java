package io.partnerflow.migration;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' page of migrations ({@code /admin/migrations}, with the webapps' login): for
 * each model, the dry run of moving its running partners to the current version (who would move,
 * who cannot and why); a button migrates every instance that can, or those ticked; the page then
 * shows what moved. What the API's {@code POST /api/migrations/{key}} does, for a browser.
 */
@Controller
class MigrationPage {

	static final String PATH = "/admin/migrations";

	private final Migrations migrations;

	MigrationPage(Migrations migrations) {
		this.migrations = migrations;
	}

	@GetMapping(PATH)
	String show(Model model) {
		model.addAttribute("reports", migrations.processKeys().stream()
			.map(key -> migrations.migrate(key, null, true))
			.toList());
		model.addAttribute("done", null);
		return "admin/migrations";
	}

	@PostMapping(PATH + "/{processKey}")
	String migrate(@PathVariable String processKey, @RequestParam(required = false) List<String> instance, Model model) {
		Migrations.Report done = migrations.migrate(processKey, instance == null || instance.isEmpty() ? null : instance,
				false);
		model.addAttribute("done", done);
		model.addAttribute("reports", migrations.processKeys().stream()
			.map(key -> migrations.migrate(key, null, true))
			.toList());
		return "admin/migrations";
	}

}
