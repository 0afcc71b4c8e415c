package io.partnerflow.onboarding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a partner's plan achieved, as a manager reviews it: training, business plan, leads, visits,
 * the day-100 autonomy review and the deals. A null figure means the action was not done.
 */
public record PlanFacts(String reference, Instant contractSignedAt, Integer salesPeopleTrained,
		Integer salesPeopleCertified, Integer techniciansTrained, Integer techniciansCertified,
		LocalDate businessPlanSignedOn, String yearlyObjectives, String meansToReachThem, Integer leadsPassed,
		String campaignSummary, Integer customerVisitsDone, String visitsSummary, Boolean commerciallyAutonomous,
		Instant commerciallyAutonomousAt, Boolean technicallyAutonomous, Instant technicallyAutonomousAt,
		int deals, BigDecimal dealsTotal, LocalDate firstDealOn) {

	/** The facts as read-only form fields ({@code OnboardingProcess.VAR_*_FACTS}). */
	public Map<String, Object> formVariables() {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(OnboardingProcess.VAR_TRAINING_FACTS, training());
		variables.put(OnboardingProcess.VAR_BUSINESS_PLAN_FACTS, businessPlan());
		variables.put(OnboardingProcess.VAR_LEAD_FACTS, leads());
		variables.put(OnboardingProcess.VAR_VISIT_FACTS, visits());
		variables.put(OnboardingProcess.VAR_AUTONOMY_FACTS, autonomy());
		variables.put(OnboardingProcess.VAR_DEAL_FACTS, dealSummary());
		return variables;
	}

	public String training() {
		return (salesPeopleTrained == null ? "Sales people: not trained"
				: "Sales people: %d trained, %d certified".formatted(salesPeopleTrained, salesPeopleCertified))
				+ "\n" + (techniciansTrained == null ? "Technicians: not trained"
						: "Technicians: %d trained, %d certified".formatted(techniciansTrained, techniciansCertified));
	}

	public String businessPlan() {
		return businessPlanSignedOn == null ? "Not signed"
				: "Signed on %s\nObjectives: %s\nMeans: %s".formatted(businessPlanSignedOn, yearlyObjectives,
						meansToReachThem);
	}

	public String leads() {
		return leadsPassed == null ? "No lead-generation campaign run"
				: "%d leads passed\n%s".formatted(leadsPassed, campaignSummary);
	}

	public String visits() {
		return customerVisitsDone == null ? "No customer visit supported"
				: "%d customer visits\n%s".formatted(customerVisitsDone, visitsSummary);
	}

	public String autonomy() {
		if (commerciallyAutonomous == null) {
			return "Not reviewed";
		}
		return "Commercially autonomous: " + (commerciallyAutonomous ? "yes" : "no") + "\nTechnically autonomous: "
				+ (technicallyAutonomous ? "yes" : "no");
	}

	public String dealSummary() {
		return deals == 0 ? "None" : "%d deal(s), %s EUR in total, first on %s".formatted(deals, dealsTotal, firstDealOn);
	}

}
