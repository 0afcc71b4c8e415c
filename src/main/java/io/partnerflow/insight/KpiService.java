package io.partnerflow.insight;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.partnerflow.insight.Kpis.ActiveRate;
import io.partnerflow.insight.Kpis.Average;
import io.partnerflow.insight.Kpis.FunnelStep;
import io.partnerflow.insight.Kpis.RecruiterFigures;
import io.partnerflow.insight.Kpis.SignatureRate;
import io.partnerflow.partner.PartnerStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager KPIs of the seed method (README, "KPIs"): times to recruit, to the first deal and
 * to autonomy, the partners still active six months after signature, the contract signature rate,
 * the funnel, and each recruiter's figures. Two aggregate queries per call, whatever the number
 * of partners. Time is the application's clock, like every other date of a partner.
 */
@Service
@Transactional(readOnly = true)
class KpiService {

	/** The steps of the funnel without a date of their own on the partner. */
	private static final Set<PartnerStatus> REACHED_FROM_TIMELINE = EnumSet.of(PartnerStatus.APPROACHED, PartnerStatus.ACTIVE);

	private final CohortQuery cohort;

	private final Clock clock;

	KpiService(CohortQuery cohort, Clock clock) {
		this.cohort = cohort;
		this.clock = clock;
	}

	Kpis compute(KpiPeriod period) {
		Instant now = Instant.now(clock);
		Instant asOf = period.end().isBefore(now) ? period.end() : now;
		List<CohortCounts> byRecruiter = cohort.byRecruiter(period.start(), period.end(), asOf);
		CohortCounts all = byRecruiter.stream().reduce(CohortCounts.NONE, CohortCounts::plus);
		Map<PartnerStatus, Long> reached = cohort.statusesReached(period.start(), period.end(), REACHED_FROM_TIMELINE);
		return new Kpis(period.from(), period.to(), Average.ofSeconds(all.recruitSeconds(), all.signed()),
				Average.ofSeconds(all.firstDealSeconds(), all.firstDeals()),
				Average.ofSeconds(all.commercialAutonomySeconds(), all.commerciallyAutonomous()),
				Average.ofSeconds(all.technicalAutonomySeconds(), all.technicallyAutonomous()),
				new ActiveRate(Kpis.rate(all.sixMonthsActive(), all.sixMonthsSigned()), all.sixMonthsActive(),
						all.sixMonthsSigned()),
				new SignatureRate(Kpis.rate(all.appliedAndSigned(), all.applied()), all.appliedAndSigned(), all.applied()),
				funnel(all, reached), byRecruiter.stream().map(KpiService::recruiter).toList());
	}

	private static List<FunnelStep> funnel(CohortCounts all, Map<PartnerStatus, Long> reached) {
		return List.of(new FunnelStep("LISTED", all.listed()), new FunnelStep("ELIGIBLE", all.eligible()),
				new FunnelStep("APPROACHED", reached.get(PartnerStatus.APPROACHED)), new FunnelStep("APPLIED", all.applied()),
				new FunnelStep("APPROVED", all.approved()), new FunnelStep("SIGNED", all.signed()),
				new FunnelStep("ACTIVE", reached.get(PartnerStatus.ACTIVE)), new FunnelStep("EXITED", all.exited()));
	}

	private static RecruiterFigures recruiter(CohortCounts counts) {
		return new RecruiterFigures(counts.recruiter(), counts.listed(), counts.applied(), counts.signed(),
				counts.businessPlansSigned(), counts.activeAfterPlan());
	}

}
