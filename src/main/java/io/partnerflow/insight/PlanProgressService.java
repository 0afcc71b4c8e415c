package io.partnerflow.insight;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.partnerflow.recruitmentplan.PlanTarget;
import io.partnerflow.recruitmentplan.RecruitmentPlan;
import io.partnerflow.recruitmentplan.RecruitmentPlans;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The progress of a year against its recruitment plan ({@link PlanProgress}). */
@Service
public class PlanProgressService {

	private final RecruitmentPlans plans;

	private final PlanProgressQuery query;

	PlanProgressService(RecruitmentPlans plans, PlanProgressQuery query) {
		this.plans = plans;
		this.query = query;
	}

	/** The year's progress; an unknown plan is a 404 ({@link RecruitmentPlans#get}). */
	@Transactional(readOnly = true)
	public PlanProgress of(int year) {
		RecruitmentPlan plan = plans.get(year);
		ZoneId zone = ZoneOffset.UTC;
		Map<PlanProgressQuery.Key, PlanProgressQuery.Counts> counts = new HashMap<>(query.counts(
				LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant(), LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant()));
		List<PlanProgress.Row> rows = new ArrayList<>();
		PlanProgress.Row total = new PlanProgress.Row(null, null, 0, 0, 0, 0, 0, 0);
		for (PlanTarget target : plan.getTargets()) {
			PlanProgressQuery.Counts c = counts.getOrDefault(new PlanProgressQuery.Key(target.getMarket(), target.getCategory()),
					PlanProgressQuery.Counts.NONE);
			counts.remove(new PlanProgressQuery.Key(target.getMarket(), target.getCategory()));
			PlanProgress.Row row = new PlanProgress.Row(target.getMarket(), target.getCategory(), target.partnersToSign(),
					c.listed(), c.approached(), c.applied(), c.signed(), c.active());
			rows.add(row);
			total = total.plus(row);
		}
		PlanProgress.Row outside = new PlanProgress.Row(null, null, 0, 0, 0, 0, 0, 0);
		for (PlanProgressQuery.Counts c : counts.values()) {
			outside = outside.plus(new PlanProgress.Row(null, null, 0, c.listed(), c.approached(), c.applied(), c.signed(),
					c.active()));
		}
		return new PlanProgress(year, plan.getStatus().name(), rows, outside, total.plus(outside));
	}

}
