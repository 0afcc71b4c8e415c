package io.partnerflow.onboarding;

import io.partnerflow.tier.TierFigures;
import org.springframework.stereotype.Component;

/**
 * The inputs of the tier decision table as the 100-day plan reads them when the decision runs:
 * {@code ${partnerTierInputs.certifiedSalesPeople(execution.processBusinessKey)}} in the model. The
 * same figures as the tier review's ({@link TierFigures}): the revenue of the deals won in the last 12
 * months and the people whose certification is valid today, never the counts typed into the training
 * tasks nor the company's own turnover, so the plan's first tier and every later review agree.
 */
@Component("partnerTierInputs")
public class PartnerTierInputs {

	private final TierFigures figures;

	PartnerTierInputs(TierFigures figures) {
		this.figures = figures;
	}

	public int certifiedSalesPeople(String reference) {
		return figures.certifiedSalesPeople(reference);
	}

	public int certifiedTechnicians(String reference) {
		return figures.certifiedTechnicians(reference);
	}

	public long yearlyRevenue(String reference) {
		return figures.yearlyRevenue(reference);
	}

}
