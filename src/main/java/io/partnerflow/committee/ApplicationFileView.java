package io.partnerflow.committee;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.partnerflow.committee.CommitteeVoteProcess.APPLICATION_FIRST_CUSTOMERS;
import static io.partnerflow.committee.CommitteeVoteProcess.APPLICATION_MOTIVATION;
import static io.partnerflow.committee.CommitteeVoteProcess.APPLICATION_ORGANISATION;
import static io.partnerflow.committee.CommitteeVoteProcess.APPLICATION_PROSPECTS;
import static io.partnerflow.committee.CommitteeVoteProcess.APPLICATION_STRATEGY;
import static io.partnerflow.committee.CommitteeVoteProcess.APPLICATION_WHY_STRATEGIC;

/** A candidate's application file (recruitment step 7) as the committee reads it: its six answers. */
public record ApplicationFileView(String motivation, String organisation, String firstCustomers, String strategy,
		String whyStrategic, String prospects) {

	/** What each answer reads when no file is kept for the partner: said, rather than left blank. */
	static final String NOT_KEPT = "(no application file is kept for this partner)";

	static ApplicationFileView notKept() {
		return new ApplicationFileView(NOT_KEPT, NOT_KEPT, NOT_KEPT, NOT_KEPT, NOT_KEPT, NOT_KEPT);
	}

	/** The answers under the names the committee's forms and its invitation read. */
	Map<String, Object> variables() {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(APPLICATION_MOTIVATION, motivation);
		variables.put(APPLICATION_ORGANISATION, organisation);
		variables.put(APPLICATION_FIRST_CUSTOMERS, firstCustomers);
		variables.put(APPLICATION_STRATEGY, strategy);
		variables.put(APPLICATION_WHY_STRATEGIC, whyStrategic);
		variables.put(APPLICATION_PROSPECTS, prospects);
		return variables;
	}

}
