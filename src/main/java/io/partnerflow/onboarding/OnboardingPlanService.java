package io.partnerflow.onboarding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import io.partnerflow.deals.Deal;
import io.partnerflow.deals.DealService;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.system.Groups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records of each partner's 100-day plan: what was done, by whom, and the day-100 review of
 * autonomy. Every record also goes to the partner's timeline.
 */
@Service
@Transactional
public class OnboardingPlanService {

	private final PartnerService partners;

	private final OnboardingPlanRepository plans;

	private final DealService deals;

	private final OnboardingCalendar calendar;

	private final Clock clock;

	OnboardingPlanService(PartnerService partners, OnboardingPlanRepository plans, DealService deals,
			OnboardingCalendar calendar, Clock clock) {
		this.partners = partners;
		this.plans = plans;
		this.deals = deals;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Starts the plan: the partner is ONBOARDING from now on. Idempotent for a retried job. */
	public Partner open(String reference, Instant contractSignedAt, String actor) {
		Partner partner = partners.get(reference);
		if (partner.getStatus() != PartnerStatus.ONBOARDING) {
			partner = partners.changeStatus(reference, PartnerStatus.ONBOARDING, actor, "100-day plan started");
		}
		if (plans.findByPartnerId(partner.getId()).isEmpty()) {
			plans.save(new OnboardingPlan(partner.getId(), contractSignedAt, now()));
		}
		return partner;
	}

	public void recordSalesTraining(String reference, int trained, int certified, String actor) {
		OnboardingPlan plan = plan(reference);
		plan.salesPeopleTrained = trained;
		plan.salesPeopleCertified = certified;
		plan.salesTrainingDoneAt = now();
		partners.record(reference, actor, "SALES_TRAINING", "%d sales people trained, %d certified".formatted(trained, certified));
	}

	public void recordTechnicalTraining(String reference, int trained, int certified, String actor) {
		OnboardingPlan plan = plan(reference);
		plan.techniciansTrained = trained;
		plan.techniciansCertified = certified;
		plan.technicalTrainingDoneAt = now();
		partners.record(reference, actor, "TECHNICAL_TRAINING", "%d technicians trained, %d certified".formatted(trained, certified));
	}

	public void recordBusinessPlan(String reference, LocalDate signedOn, String objectives, String means, String actor) {
		OnboardingPlan plan = plan(reference);
		plan.businessPlanSignedOn = signedOn;
		plan.yearlyObjectives = objectives;
		plan.meansToReachThem = means;
		partners.record(reference, actor, "BUSINESS_PLAN", "Joint business plan signed on " + signedOn + ": " + objectives);
	}

	public void recordLeadCampaign(String reference, int leadsPassed, String summary, String actor) {
		OnboardingPlan plan = plan(reference);
		plan.leadsPassed = leadsPassed;
		plan.campaignSummary = summary;
		plan.leadCampaignDoneAt = now();
		partners.record(reference, actor, "LEAD_CAMPAIGN", leadsPassed + " leads passed: " + summary);
	}

	public void recordCustomerVisits(String reference, int visitsDone, String summary, String actor) {
		OnboardingPlan plan = plan(reference);
		plan.customerVisitsDone = visitsDone;
		plan.visitsSummary = summary;
		plan.visitsDoneAt = now();
		partners.record(reference, actor, "CUSTOMER_VISITS", visitsDone + " customer visits supported: " + summary);
	}

	/** The day-100 review; a yes dates the autonomy (the "time to autonomy" KPI). */
	public void recordAutonomyReview(String reference, boolean commercial, String commercialComment, boolean technical,
			String technicalComment, String actor) {
		OnboardingPlan plan = plan(reference);
		Instant now = now();
		plan.autonomyReviewedAt = now;
		plan.commerciallyAutonomous = commercial;
		plan.commercialAutonomyComment = commercialComment;
		plan.commerciallyAutonomousAt = commercial ? now : null;
		plan.technicallyAutonomous = technical;
		plan.technicalAutonomyComment = technicalComment;
		plan.technicallyAutonomousAt = technical ? now : null;
		partners.record(reference, actor, "AUTONOMY_REVIEW", "Commercially autonomous: %s (%s); technically autonomous: %s (%s)"
			.formatted(commercial ? "yes" : "no", commercialComment, technical ? "yes" : "no", technicalComment));
	}

	/** The facts of the plan and the deals so far; 404 when the partner is unknown. */
	@Transactional(readOnly = true)
	public PlanFacts facts(String reference) {
		Partner partner = partners.get(reference);
		OnboardingPlan plan = plans.findByPartnerId(partner.getId())
			.orElseGet(() -> new OnboardingPlan(partner.getId(), partner.getContractSignedAt(), null));
		List<Deal> partnerDeals = deals.list(reference);
		BigDecimal total = partnerDeals.stream().map(Deal::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
		LocalDate firstOn = partnerDeals.isEmpty() ? null : partnerDeals.get(0).getSignedOn();
		return new PlanFacts(reference, plan.getContractSignedAt(), plan.salesPeopleTrained, plan.salesPeopleCertified,
				plan.techniciansTrained, plan.techniciansCertified, plan.businessPlanSignedOn, plan.yearlyObjectives,
				plan.meansToReachThem, plan.leadsPassed, plan.campaignSummary, plan.customerVisitsDone,
				plan.visitsSummary, plan.commerciallyAutonomous, plan.commerciallyAutonomousAt,
				plan.technicallyAutonomous, plan.technicallyAutonomousAt, partnerDeals.size(), total, firstOn);
	}

	/**
	 * The plan as its partner follows it (the portal): the actions with their teams, due dates and
	 * whether each is done, and the review dates; empty before the contract is signed.
	 */
	@Transactional(readOnly = true)
	public Optional<PartnerPlan> partnerPlan(String reference) {
		PlanFacts facts = facts(reference);
		if (facts.contractSignedAt() == null) {
			return Optional.empty();
		}
		Date signed = Date.from(facts.contractSignedAt());
		List<PartnerPlan.Action> actions = List.of(
				action("train-sales-people", Groups.TRAINING, signed, facts.salesPeopleTrained() != null),
				action("train-technicians", Groups.TRAINING, signed, facts.techniciansTrained() != null),
				action("sign-business-plan", Groups.RECRUITERS, signed, facts.businessPlanSignedOn() != null),
				action("run-lead-campaign", Groups.MARKETING, signed, facts.leadsPassed() != null),
				action("support-first-visits", Groups.SALES, signed, facts.customerVisitsDone() != null),
				action("review-autonomy", Groups.RECRUITERS, signed, facts.commerciallyAutonomous() != null));
		return Optional.of(new PartnerPlan(facts.contractSignedAt(),
				actions.stream().sorted(Comparator.comparing(PartnerPlan.Action::due)).toList(),
				calendar.dayHundred(signed).toInstant(), calendar.monthSix(signed).toInstant(),
				calendar.monthNine(signed).toInstant()));
	}

	private PartnerPlan.Action action(String name, String team, Date signed, boolean done) {
		return new PartnerPlan.Action(name, team, calendar.due(name, signed).toInstant(), done);
	}

	private OnboardingPlan plan(String reference) {
		Partner partner = partners.get(reference);
		return plans.findByPartnerId(partner.getId())
			.orElseThrow(() -> new IllegalStateException("Partner " + reference + " has no onboarding plan"));
	}

	private Instant now() {
		return Instant.now(clock);
	}

}
