package io.partnerflow.partner;

import java.util.HashMap;
import java.util.Map;

/**
 * The process variables that name the partner in every process that has user tasks: Tasklist's
 * cards and search (the task names, the filters' columns) and the top of every form read them.
 */
public final class PartnerVariables {

	/** The partner's company name. */
	public static final String COMPANY = "company";

	/** The partner's reference, also the business key of its processes. */
	public static final String REFERENCE = "reference";

	private PartnerVariables() {
	}

	/** The variables naming this partner. */
	public static Map<String, Object> of(Partner partner) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(COMPANY, partner.getCompany());
		variables.put(REFERENCE, partner.getReference());
		return variables;
	}

}
