package io.partnerflow.partner;

/**
 * Where a recruiter found a candidate: the ways of step 5 of the method (seed 004: professional
 * databases that list every player of a market, social networks, trade fairs, competitors' and
 * complementary partners' websites), and a company that came by itself. The KPIs break the funnel
 * down by it, so a vendor sees which way of listing brings partners that sell.
 */
public enum PartnerSource {

	PROFESSIONAL_DATABASE("Professional database"), SOCIAL_NETWORK("Social network"), TRADE_FAIR("Trade fair"),
	COMPETITOR_PARTNERS("Competitor's partner list"), COMPLEMENTARY_PARTNER("Complementary partner"),
	INBOUND("Came to us"), OTHER("Other");

	private final String label;

	PartnerSource(String label) {
		this.label = label;
	}

	/** The source as people name it (the start form's choice). */
	public String label() {
		return label;
	}

}
