package io.partnerflow.recruitmentplan;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import io.partnerflow.system.BadRequestException;
import io.partnerflow.system.ConflictException;
import io.partnerflow.system.CurrentUser;
import io.partnerflow.system.FormRefusedException;
import io.partnerflow.system.Groups;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The recruitment plans: managers and the leadership read them; managers open a year's plan (its
 * model starts, as from Tasklist's start form) and change its draft. The approval is the
 * leadership's task in Tasklist, never a call here.
 */
@RestController
@RequestMapping("/api/recruitment-plans")
@Validated
class RecruitmentPlanController {

	private final RecruitmentPlans plans;

	private final RuntimeService runtime;

	private final CurrentUser user;

	RecruitmentPlanController(RecruitmentPlans plans, RuntimeService runtime, CurrentUser user) {
		this.plans = plans;
		this.runtime = runtime;
		this.user = user;
	}

	@GetMapping
	@PreAuthorize(Groups.PLAN_READERS)
	List<PlanView> list() {
		return plans.all().stream().map(PlanView::of).toList();
	}

	@GetMapping("/{year}")
	@PreAuthorize(Groups.PLAN_READERS)
	PlanView get(@PathVariable @Min(2000) @Max(2999) int year) {
		return PlanView.of(plans.get(year));
	}

	record NewPlan(@NotNull @Min(2000) @Max(2999) Integer planYear) {
	}

	@PostMapping
	@PreAuthorize(Groups.MANAGERS_ONLY)
	ResponseEntity<PlanView> open(@Valid @RequestBody NewPlan plan, Authentication manager) {
		int year = plan.planYear();
		if (plans.exists(year)) {
			throw new ConflictException("Plan already drawn up", "The recruitment plan of " + year + " exists already");
		}
		List<String> groups = manager.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		try {
			user.as(manager.getName(), groups,
					() -> runtime.startProcessInstanceByKey(RecruitmentPlanProcess.KEY, Map.of(RecruitmentPlanProcess.PLAN_YEAR, year)));
		}
		catch (FormRefusedException refused) {
			throw new BadRequestException(RecruitmentPlanProcess.PLAN_YEAR, refused.getMessage());
		}
		return ResponseEntity.created(URI.create("/api/recruitment-plans/" + year)).body(PlanView.of(plans.get(year)));
	}

	@PutMapping("/{year}")
	@PreAuthorize(Groups.MANAGERS_ONLY)
	PlanView change(@PathVariable @Min(2000) @Max(2999) int year, @Valid @RequestBody PlanChange change, Principal manager) {
		return PlanView.of(plans.change(year, change, manager.getName()));
	}

}
