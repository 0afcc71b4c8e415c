package io.partnerflow.simulation;

import java.util.List;
import java.util.Map;

import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.recruitmentplan.PlanChange;
import io.partnerflow.recruitmentplan.RecruitmentPlan;
import io.partnerflow.recruitmentplan.RecruitmentPlanProcess;
import io.partnerflow.recruitmentplan.RecruitmentPlans;
import io.partnerflow.system.CurrentUser;
import io.partnerflow.system.Groups;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The recruitment plans of the demo's today, drawn up through their model as people would: this year's,
 * drawn up by mona and approved by leo (the dashboard shows the year's progress against it), and next
 * year's, drawn up by mona and waiting for leo's approval in Tasklist. A year already planned is left
 * as it is (a second start adds nothing).
 */
@Component
class TodaysPlans {

	private static final String MANAGER = "mona";

	private static final String LEADER = "leo";

	private final RecruitmentPlans plans;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final CurrentUser user;

	TodaysPlans(RecruitmentPlans plans, RuntimeService runtime, TaskService tasks, CurrentUser user) {
		this.plans = plans;
		this.runtime = runtime;
		this.tasks = tasks;
		this.user = user;
	}

	void drawUp() {
		int year = plans.currentYear();
		if (!plans.exists(year)) {
			drawnUp(year, 1.0);
			decide(year);
		}
		if (!plans.exists(year + 1)) {
			drawnUp(year + 1, 1.2);
		}
	}

	/** Opened and drawn up by the manager, then handed to the leadership; next year's targets grow by {@code growth}. */
	private void drawnUp(int year, double growth) {
		as(MANAGER, Groups.MANAGERS, () -> runtime.startProcessInstanceByKey(RecruitmentPlanProcess.KEY,
				Map.of(RecruitmentPlanProcess.PLAN_YEAR, year)));
		plans.change(year, new PlanChange(List.of("Retail", "Healthcare"), List.of(
				target("Retail", PartnerCategory.RESELLER, 2_400_000 * growth, 400_000, null, null),
				target("Healthcare", PartnerCategory.INTEGRATOR, 3_000_000 * growth, 600_000, null, null),
				target("Manufacturing", PartnerCategory.VAR, 1_500_000 * growth, 500_000, null, null),
				target("Public sector", PartnerCategory.IT_SERVICES, 1_200_000 * growth, 400_000, 2,
						"One public tender a year is all a new partner can answer")),
				Map.of(PartnerCategory.RESELLER, "A shop or a sales team in our customers' region, two sales people trained in "
						+ "the first 100 days", PartnerCategory.INTEGRATOR, "Two certified consultants and a first joint "
								+ "project within six months")),
				MANAGER);
		as(MANAGER, Groups.MANAGERS, () -> {
			tasks.complete(task(year, RecruitmentPlanProcess.DRAW_UP_PLAN).getId(),
					Map.of("planNote", "Healthcare first: our integrators there sell the most"));
			return null;
		});
	}

	private void decide(int year) {
		as(LEADER, Groups.LEADERSHIP, () -> {
			tasks.complete(task(year, RecruitmentPlanProcess.APPROVE_PLAN).getId(), Map.of(RecruitmentPlanProcess.PLAN_DECISION,
					RecruitmentPlanProcess.APPROVE, RecruitmentPlanProcess.PLAN_COMMENT, "Approved: keep Healthcare first"));
			return null;
		});
	}

	private Task task(int year, String activity) {
		return tasks.createTaskQuery()
			.processInstanceBusinessKey(RecruitmentPlan.businessKey(year))
			.taskDefinitionKey(activity)
			.singleResult();
	}

	private <T> T as(String id, String group, java.util.function.Supplier<T> work) {
		return user.as(id, List.of(group), work);
	}

	private static PlanChange.Target target(String market, PartnerCategory category, double revenue, long perPartner,
			Integer override, String reason) {
		return new PlanChange.Target(market, category, Math.round(revenue), perPartner, override, reason);
	}

}
