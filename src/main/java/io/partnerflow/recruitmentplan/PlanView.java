package io.partnerflow.recruitmentplan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.partnerflow.partner.PartnerCategory;

/** A plan as the API and the plan page show it. */
public record PlanView(int year, PlanStatus status, String drawnUpBy, Instant submittedAt, String decidedBy,
		Instant decidedAt, String decisionComment, Set<String> priorityMarkets, List<TargetView> targets,
		Map<PartnerCategory, String> expectations, int partnersToSign, List<CohortAutonomy> autonomy) {

	/** One target, with the partners the figures ask for and those to sign. */
	public record TargetView(String market, PartnerCategory category, long targetRevenue, long revenuePerPartner,
			int derivedPartners, Integer partnersOverride, String overrideReason, int partnersToSign) {
	}

	public static PlanView of(RecruitmentPlan plan) {
		return new PlanView(plan.getPlanYear(), plan.getStatus(), plan.getDrawnUpBy(), plan.getSubmittedAt(),
				plan.getDecidedBy(), plan.getDecidedAt(), plan.getDecisionComment(), plan.getPriorityMarkets(),
				plan.getTargets()
					.stream()
					.map(t -> new TargetView(t.getMarket(), t.getCategory(), t.getTargetRevenue(), t.getRevenuePerPartner(),
							t.derivedPartners(), t.getPartnersOverride(), t.getOverrideReason(), t.partnersToSign()))
					.toList(),
				plan.getExpectations(), plan.partnersToSign(), CohortAutonomy.of(plan.getPlanYear()));
	}

}
