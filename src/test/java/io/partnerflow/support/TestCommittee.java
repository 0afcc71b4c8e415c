package io.partnerflow.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.partnerflow.committee.CommitteeVoteProcess;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;

/** A partner before the approval committee, and what the recruitment hands its vote. */
public final class TestCommittee {

	private TestCommittee() {
	}

	/** A candidate of rita's, listed, approached and whose application file went to the committee. */
	public static Partner inCommittee(PartnerService partners, String name) {
		Partner partner = partners.register(TestPartners.candidate(name), "rita");
		for (PartnerStatus status : List.of(PartnerStatus.APPROACHED, PartnerStatus.APPLICATION_REQUESTED,
				PartnerStatus.IN_COMMITTEE)) {
			partners.changeStatus(partner.getReference(), status, "rita", null);
		}
		return partner;
	}

	/**
	 * The variables the recruitment passes to the vote: the company, its figures, the approach's value
	 * proposition, the six answers, the score and its reason, and the recruiter.
	 */
	public static Map<String, Object> application(int selectionScore) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(CommitteeVoteProcess.SELECTION_SCORE, selectionScore);
		variables.put(CommitteeVoteProcess.SELECTION_REASON, "good candidate");
		variables.put(CommitteeVoteProcess.RECRUITER, "rita");
		variables.put(CommitteeVoteProcess.COMPANY, "Browsed SARL");
		variables.put(CommitteeVoteProcess.COUNTRY, "FR");
		variables.put(CommitteeVoteProcess.CATEGORY, "System integrator");
		variables.put(CommitteeVoteProcess.MARKET, "Retail");
		variables.put(CommitteeVoteProcess.ANNUAL_REVENUE, 3_400_000L);
		variables.put(CommitteeVoteProcess.SALES_STAFF, 4);
		variables.put(CommitteeVoteProcess.TECHNICAL_STAFF, 2);
		variables.put(CommitteeVoteProcess.MEETING_DATE, "2026-11-10");
		variables.put(CommitteeVoteProcess.AVERAGE_DEAL_MARGIN, 4200);
		variables.put(CommitteeVoteProcess.EXPECTED_ROI, 35);
		variables.put(CommitteeVoteProcess.EXPECTED_REVENUE_3_YEARS, 950_000);
		for (String field : List.of(CommitteeVoteProcess.APPLICATION_MOTIVATION, CommitteeVoteProcess.APPLICATION_ORGANISATION,
				CommitteeVoteProcess.APPLICATION_FIRST_CUSTOMERS, CommitteeVoteProcess.APPLICATION_STRATEGY,
				CommitteeVoteProcess.APPLICATION_WHY_STRATEGIC, CommitteeVoteProcess.APPLICATION_PROSPECTS)) {
			variables.put(field, "Answered");
		}
		return variables;
	}

}
