package io.partnerflow.support;

import java.util.HashMap;
import java.util.Map;

import io.partnerflow.committee.CommitteeVoteProcess;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.recruitment.ApplicationFileData;
import io.partnerflow.recruitment.ApplicationFiles;

/** A partner before the approval committee, and what the recruitment hands its vote. */
public final class TestCommittee {

	/** The application file {@link #inCommittee} keeps for its partner: what the committee's forms show. */
	public static final ApplicationFileData FILE = new ApplicationFileData("Grow in retail", "12 sales, 4 engineers",
			"Two supermarket chains", "Bundle with their services", "A market we do not reach", "Ten deals in year one");

	private TestCommittee() {
	}

	/**
	 * A candidate of rita's, listed, approached and whose application file ({@link #FILE}) is kept and
	 * went to the committee.
	 */
	public static Partner inCommittee(PartnerService partners, ApplicationFiles files, String name) {
		Partner partner = partners.register(TestPartners.candidate(name), "rita");
		partners.changeStatus(partner.getReference(), PartnerStatus.APPROACHED, "rita", null);
		partners.changeStatus(partner.getReference(), PartnerStatus.APPLICATION_REQUESTED, "rita", null);
		files.saveIfAbsent(partner.getReference(), FILE, "rita");
		partners.changeStatus(partner.getReference(), PartnerStatus.IN_COMMITTEE, "rita", null);
		return partner;
	}

	/**
	 * The variables the recruitment passes to the vote: the company, the approach's value proposition,
	 * the score and its reason, and the recruiter; never the candidate's figures or its application
	 * file, which the vote's ballots read from the partner and from the file's table.
	 */
	public static Map<String, Object> application(int selectionScore) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(CommitteeVoteProcess.SELECTION_SCORE, selectionScore);
		variables.put(CommitteeVoteProcess.SELECTION_REASON, "good candidate");
		variables.put(CommitteeVoteProcess.RECRUITER, "rita");
		variables.put(CommitteeVoteProcess.COMPANY, "Browsed SARL");
		variables.put(CommitteeVoteProcess.MEETING_DATE, "2026-11-10");
		variables.put(CommitteeVoteProcess.AVERAGE_DEAL_MARGIN, 4200);
		variables.put(CommitteeVoteProcess.EXPECTED_ROI, 35);
		variables.put(CommitteeVoteProcess.EXPECTED_REVENUE_3_YEARS, 950_000);
		return variables;
	}

}
