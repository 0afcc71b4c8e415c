package io.partnerflow.onboarding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.partnerflow.deals.Deal;
import io.partnerflow.deals.DealService;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import org.springframework.beans.factory.ObjectProvider;
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

	private final ObjectProvider<PlanLeads> leads;

	OnboardingPlanService(PartnerService partners, OnboardingPlanRepository plans, DealService deals,
			OnboardingCalendar calendar, Clock clock, ObjectProvider<PlanLeads> leads) {
		this.partners = partners;
		this.plans = plans;
		this.deals = deals;
		this.calendar = calendar;
		this.clock = clock;
		this.leads = leads;
	}

	/**
	 * What the plan decision gave for one plan: whether it has technical training, an integration
	 * milestone and a CEO meeting; a null is a step the decision did not decide (its standard value).
	 */
	public record DecidedSteps(Boolean technicalTraining, Boolean integrationMilestone, Boolean ceoMeeting) {

		/** No decision: a plan started by an earlier version of the model, or a table that gave nothing. */
		public static final DecidedSteps NONE = new DecidedSteps(null, null, null);

	}

	/** Starts the plan: the partner is ONBOARDING from now on. Idempotent for a retried job. */
	public Partner open(String reference, Instant contractSignedAt, String actor) {
		return open(reference, contractSignedAt, null, DecidedSteps.NONE, actor);
	}

	/**
	 * Starts the plan with the steps its decision gave for the contract's type (both kept on the plan,
	 * whose steps are from then on these, whatever the decision table becomes): the partner is
	 * ONBOARDING from now on, and its timeline says which steps the plan has. Idempotent for a retried job.
	 */
	public Partner open(String reference, Instant contractSignedAt, String contractType, DecidedSteps decided,
			String actor) {
		Partner found = partners.get(reference);
		Partner partner = found.getStatus() == PartnerStatus.ONBOARDING ? found
				: partners.changeStatus(reference, PartnerStatus.ONBOARDING, actor, "100-day plan started");
		Optional<OnboardingPlan> existing = plans.findByPartnerId(partner.getId());
		OnboardingPlan plan = existing.orElseGet(() -> new OnboardingPlan(partner.getId(), contractSignedAt, now()));
		boolean decidedNow = plan.technicalTraining == null && plan.integrationMilestone == null && plan.ceoMeeting == null
				&& !decided.equals(DecidedSteps.NONE);
		if (existing.isEmpty() || decidedNow) {
			plan.contractType = contractType;
			plan.technicalTraining = decided.technicalTraining();
			plan.integrationMilestone = decided.integrationMilestone();
			plan.ceoMeeting = decided.ceoMeeting();
			plans.save(plan);
			if (!decided.equals(DecidedSteps.NONE)) {
				partners.record(reference, actor, "PLAN_STEPS", stepsLine(contractType, plan.steps()));
			}
		}
		return partner;
	}

	private static String stepsLine(String contractType, Set<PlanStep> steps) {
		return "100-day plan for a " + (contractType == null ? "contract of no recorded type" : contractType + " contract")
				+ ": " + (steps.contains(PlanStep.TRAIN_TECHNICIANS) ? "technical training" : "no technical training")
				+ ", " + (steps.contains(PlanStep.REACH_INTEGRATION_MILESTONE) ? "an integration milestone" : "no integration milestone")
				+ ", " + (steps.contains(PlanStep.MEET_PARTNER_CEO) ? "our CEO meets the partner's CEO (strategic partner)"
						: "no CEO meeting");
	}

	/** The steps of the partner's plan (the standard plan's while it has none recorded). */
	@Transactional(readOnly = true)
	public Set<PlanStep> steps(String reference) {
		Partner partner = partners.get(reference);
		return plans.findByPartnerId(partner.getId()).map(OnboardingPlan::steps).orElseGet(() -> Set.copyOf(PlanStep.STANDARD));
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

	/**
	 * The lead-generation campaign is done: it records the leads passed to the partner since its contract, as
	 * the leads' module counts them (nobody types the count), and the campaign's summary.
	 */
	public void recordLeadCampaign(String reference, String summary, String actor) {
		OnboardingPlan plan = plan(reference);
		PlanLeads.Passed passed = leadsDuringPlan(reference, plan.getContractSignedAt());
		plan.leadsPassed = passed.passed();
		plan.campaignSummary = summary;
		plan.leadCampaignDoneAt = now();
		partners.record(reference, actor, "LEAD_CAMPAIGN", "%d leads passed (%d accepted, %d won): %s"
			.formatted(passed.passed(), passed.accepted(), passed.won(), summary));
	}

	/** The leads passed to the partner from its contract's signature to its day 100 (or now, before it). */
	private PlanLeads.Passed leadsDuringPlan(String reference, Instant contractSignedAt) {
		PlanLeads counter = leads.getIfAvailable();
		if (counter == null || contractSignedAt == null) {
			return PlanLeads.Passed.NONE;
		}
		return counter.passedTo(reference, contractSignedAt, calendar.dayHundred(Date.from(contractSignedAt)).toInstant());
	}

	public void recordCustomerVisits(String reference, int visitsDone, String summary, String actor) {
		OnboardingPlan plan = plan(reference);
		plan.customerVisitsDone = visitsDone;
		plan.visitsSummary = summary;
		plan.visitsDoneAt = now();
		partners.record(reference, actor, "CUSTOMER_VISITS", visitsDone + " customer visits supported: " + summary);
	}

	public void recordIntegrationMilestone(String reference, LocalDate reachedOn, String summary, String actor) {
		OnboardingPlan plan = plan(reference);
		plan.integrationMilestoneReachedOn = reachedOn;
		plan.integrationSummary = summary;
		plan.integrationMilestoneDoneAt = now();
		partners.record(reference, actor, "INTEGRATION_MILESTONE", "Integration milestone reached on " + reachedOn + ": " + summary);
	}

	public void recordCeoMeeting(String reference, LocalDate heldOn, String summary, String actor) {
		OnboardingPlan plan = plan(reference);
		plan.ceoMeetingHeldOn = heldOn;
		plan.ceoMeetingSummary = summary;
		plan.ceoMeetingDoneAt = now();
		partners.record(reference, actor, "CEO_MEETING", "Our CEO met the partner's CEO on " + heldOn + ": " + summary);
	}

	/**
	 * An autonomy review, at day 100 or a later one (bpmn/autonomy-review.bpmn): a yes dates the autonomy
	 * (the "time to autonomy" KPI) the first time it is found; autonomy once found stays found, with its
	 * first date, whatever a later review says (the timeline keeps what each review said).
	 */
	public void recordAutonomyReview(String reference, boolean commercial, String commercialComment, boolean technical,
			String technicalComment, String actor) {
		OnboardingPlan plan = plan(reference);
		Instant now = now();
		plan.autonomyReviewedAt = now;
		plan.commercialAutonomyComment = commercialComment;
		plan.technicalAutonomyComment = technicalComment;
		if (commercial && plan.commerciallyAutonomousAt == null) {
			plan.commerciallyAutonomousAt = now;
		}
		if (technical && plan.technicallyAutonomousAt == null) {
			plan.technicallyAutonomousAt = now;
		}
		plan.commerciallyAutonomous = plan.commerciallyAutonomousAt != null;
		plan.technicallyAutonomous = plan.technicallyAutonomousAt != null;
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
		List<String> steps = plan.steps().stream().map(PlanStep::key).toList();
		return new PlanFacts(reference, plan.getContractSignedAt(), plan.contractType, steps, plan.salesPeopleTrained,
				plan.salesPeopleCertified, plan.techniciansTrained, plan.techniciansCertified, plan.businessPlanSignedOn,
				plan.yearlyObjectives, plan.meansToReachThem, plan.leadsPassed, plan.campaignSummary,
				plan.customerVisitsDone, plan.visitsSummary, plan.integrationMilestoneReachedOn, plan.integrationSummary,
				plan.ceoMeetingHeldOn, plan.ceoMeetingSummary, plan.commerciallyAutonomous,
				plan.commerciallyAutonomousAt, plan.technicallyAutonomous, plan.technicallyAutonomousAt,
				partnerDeals.size(), total, firstOn, leadsDuringPlan(reference, plan.getContractSignedAt()));
	}

	/**
	 * The plan as its partner follows it (the portal): the actions of its plan (a step its plan does not
	 * have is not listed) with their teams, due dates and whether each is done, and the review dates;
	 * empty before the contract is signed.
	 */
	@Transactional(readOnly = true)
	public Optional<PartnerPlan> partnerPlan(String reference) {
		PlanFacts facts = facts(reference);
		if (facts.contractSignedAt() == null) {
			return Optional.empty();
		}
		Date signed = Date.from(facts.contractSignedAt());
		List<PartnerPlan.Action> actions = facts.steps()
			.stream()
			.map(key -> PlanStep.ofKey(key).orElseThrow())
			.map(step -> new PartnerPlan.Action(step.key(), step.team(), calendar.due(step.key(), signed).toInstant(),
					facts.done(step)))
			.toList();
		return Optional.of(new PartnerPlan(facts.contractSignedAt(),
				actions.stream().sorted(Comparator.comparing(PartnerPlan.Action::due)).toList(),
				calendar.dayHundred(signed).toInstant(), calendar.monthSix(signed).toInstant(),
				calendar.monthNine(signed).toInstant()));
	}

	/** The partner's declared yearly revenue, which the plan's strategic-partner rule reads; 0 when unknown. */
	@Transactional(readOnly = true)
	public long yearlyRevenue(String reference) {
		Long revenue = partners.get(reference).getAnnualRevenue();
		return revenue == null ? 0 : revenue;
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
