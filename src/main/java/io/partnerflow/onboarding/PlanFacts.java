package io.partnerflow.onboarding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a partner's plan has and achieved, as a manager reviews it: its contract type and its steps
 * (the names of {@link PlanStep}, as its decision gave them), training, business plan, leads, visits,
 * the integration milestone, the CEO meeting, the day-100 autonomy review, the deals and the leads passed to
 * the partner from its contract to day 100 (as the leads' module counts them: {@link PlanLeads}). A null
 * figure means the action was not done; a step not in {@code steps} is not part of this plan, which
 * is neither done nor to do.
 */
public record PlanFacts(String reference, Instant contractSignedAt, String contractType, List<String> steps,
		Integer salesPeopleTrained, Integer salesPeopleCertified, Integer techniciansTrained,
		Integer techniciansCertified, LocalDate businessPlanSignedOn, String yearlyObjectives, String meansToReachThem,
		Integer leadsPassed, String campaignSummary, Integer customerVisitsDone, String visitsSummary,
		LocalDate integrationMilestoneReachedOn, String integrationSummary, LocalDate ceoMeetingHeldOn,
		String ceoMeetingSummary, Boolean commerciallyAutonomous, Instant commerciallyAutonomousAt,
		Boolean technicallyAutonomous, Instant technicallyAutonomousAt, int deals, BigDecimal dealsTotal,
		LocalDate firstDealOn, PlanLeads.Passed leadsDuringPlan) {

	public PlanFacts {
		steps = List.copyOf(steps);
		leadsDuringPlan = leadsDuringPlan == null ? PlanLeads.Passed.NONE : leadsDuringPlan;
	}

	/** Whether this plan has the step. */
	public boolean includes(PlanStep step) {
		return steps.contains(step.key());
	}

	/** Whether the step is recorded as done (a step this plan does not have is never done). */
	public boolean done(PlanStep step) {
		if (!includes(step)) {
			return false;
		}
		return switch (step) {
			case TRAIN_SALES_PEOPLE -> salesPeopleTrained != null;
			case TRAIN_TECHNICIANS -> techniciansTrained != null;
			case SIGN_BUSINESS_PLAN -> businessPlanSignedOn != null;
			case RUN_LEAD_CAMPAIGN -> leadsPassed != null;
			case SUPPORT_FIRST_VISITS -> customerVisitsDone != null;
			case REACH_INTEGRATION_MILESTONE -> integrationMilestoneReachedOn != null;
			case MEET_PARTNER_CEO -> ceoMeetingHeldOn != null;
			case REVIEW_AUTONOMY -> commerciallyAutonomous != null;
		};
	}

	/** The facts as read-only form fields ({@code OnboardingProcess.VAR_*_FACTS}). */
	public Map<String, Object> formVariables() {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(OnboardingProcess.VAR_TRAINING_FACTS, training());
		variables.put(OnboardingProcess.VAR_BUSINESS_PLAN_FACTS, businessPlan());
		variables.put(OnboardingProcess.VAR_LEAD_FACTS, leads());
		variables.put(OnboardingProcess.VAR_VISIT_FACTS, visits());
		variables.put(OnboardingProcess.VAR_MILESTONE_FACTS, milestones());
		variables.put(OnboardingProcess.VAR_AUTONOMY_FACTS, autonomy());
		variables.put(OnboardingProcess.VAR_DEAL_FACTS, dealSummary());
		return variables;
	}

	public String training() {
		return (salesPeopleTrained == null ? "Sales people: not trained"
				: "Sales people: %d trained, %d certified".formatted(salesPeopleTrained, salesPeopleCertified))
				+ "\n" + (!includes(PlanStep.TRAIN_TECHNICIANS) ? "Technicians: not part of this plan"
						: techniciansTrained == null ? "Technicians: not trained"
								: "Technicians: %d trained, %d certified".formatted(techniciansTrained, techniciansCertified));
	}

	public String businessPlan() {
		return businessPlanSignedOn == null ? "Not signed"
				: "Signed on %s\nObjectives: %s\nMeans: %s".formatted(businessPlanSignedOn, yearlyObjectives,
						meansToReachThem);
	}

	/** The leads passed during the plan, and the lead-generation campaign once it is done. */
	public String leads() {
		return "Leads during the plan: " + leadsDuringPlan.summary() + "\n" + (campaignSummary == null
				? "No lead-generation campaign run" : "Campaign: " + campaignSummary);
	}

	public String visits() {
		return customerVisitsDone == null ? "No customer visit supported"
				: "%d customer visits\n%s".formatted(customerVisitsDone, visitsSummary);
	}

	/** The integration milestone and the CEO meeting: done (when, what), not yet, or not part of this plan. */
	public String milestones() {
		return integration() + "\n" + ceoMeeting();
	}

	public String integration() {
		return !includes(PlanStep.REACH_INTEGRATION_MILESTONE) ? "Integration milestone: not part of this plan"
				: integrationMilestoneReachedOn == null ? "Integration milestone: not reached"
						: "Integration milestone: reached on %s\n%s".formatted(integrationMilestoneReachedOn, integrationSummary);
	}

	public String ceoMeeting() {
		return !includes(PlanStep.MEET_PARTNER_CEO) ? "CEO meeting: not part of this plan"
				: ceoMeetingHeldOn == null ? "CEO meeting: not held"
						: "CEO meeting: held on %s\n%s".formatted(ceoMeetingHeldOn, ceoMeetingSummary);
	}

	/** What the reviews found: each count autonomous since the review that found it, or not yet. */
	public String autonomy() {
		if (commerciallyAutonomous == null) {
			return "Not reviewed";
		}
		return "Commercially autonomous: " + since(commerciallyAutonomousAt) + "\nTechnically autonomous: "
				+ since(technicallyAutonomousAt);
	}

	private static String since(Instant found) {
		return found == null ? "not yet" : "yes, since " + found.atZone(ZoneOffset.UTC).toLocalDate();
	}

	public String dealSummary() {
		return deals == 0 ? "None" : "%d deal(s), %s EUR in total, first on %s".formatted(deals, dealsTotal, firstDealOn);
	}

}
