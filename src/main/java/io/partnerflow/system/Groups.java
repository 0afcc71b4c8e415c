package io.partnerflow.system;

import java.util.List;

/**
 * The groups of PartnerFlow (Camunda groups, managed in Camunda Admin), and the checks of the
 * own API built on them. {@code camunda-admin} passes every check.
 */
public final class Groups {

	public static final String RECRUITERS = "recruiters";

	public static final String COMMITTEE = "committee";

	/** Its member chairs the approval committee: decides ties and votes without quorum. */
	public static final String COMMITTEE_CHAIR = "chair";

	public static final String MANAGERS = "managers";

	public static final String MARKETING = "marketing";

	public static final String TRAINING = "training";

	public static final String LEGAL = "legal";

	public static final String SALES = "sales";

	/**
	 * The leadership: reads the monthly KPI report, approves the year's recruitment plan, and its CEO,
	 * the programme's sponsor, meets the CEO of each strategic partner in the 100-day plan ("Meet
	 * partner's CEO").
	 */
	public static final String LEADERSHIP = "leadership";

	/**
	 * The lead cell: detects leads (a customer's project), records them and passes each to a partner, which
	 * accepts it or not and reports how it goes; a lead no partner takes comes back to it.
	 */
	public static final String LEADS = "leads";

	public static final String ADMIN = "camunda-admin";

	/**
	 * Who reads the metrics ({@code /actuator/prometheus}) besides administrators: a scraper's account,
	 * in this group alone, reads the metrics and nothing else (no business group, no webapp, no right
	 * on the engine). Not a business group.
	 */
	public static final String MONITORING = "monitoring";

	/** Every business group (all but the admin group), with its display name. */
	public static final List<String[]> BUSINESS = List.of(new String[] { RECRUITERS, "Recruiters" },
			new String[] { COMMITTEE, "Approval committee" }, new String[] { COMMITTEE_CHAIR, "Committee chair" },
			new String[] { MANAGERS, "Managers" }, new String[] { MARKETING, "Marketing" },
			new String[] { TRAINING, "Training" }, new String[] { LEGAL, "Legal" }, new String[] { SALES, "Sales" },
			new String[] { LEADERSHIP, "Leadership" },
			new String[] { LEADS, "Lead cell" });

	/** The staff of every business group and the admins: who reads the partner pages. */
	public static final String[] INTERNAL_STAFF = { RECRUITERS, COMMITTEE, COMMITTEE_CHAIR, MANAGERS, MARKETING, TRAINING,
			LEGAL, SALES, LEADERSHIP, LEADS, ADMIN };

	public static final String INTERNAL_STAFF_ONLY = "hasAnyAuthority(T(io.partnerflow.system.Groups).INTERNAL_STAFF)";

	public static final String RECRUITERS_OR_MANAGERS = "hasAnyAuthority('recruiters','managers','camunda-admin')";

	public static final String RECRUITERS_ONLY = "hasAnyAuthority('recruiters','camunda-admin')";

	/** The training team: it certifies the partners' people. */
	public static final String TRAINING_ONLY = "hasAnyAuthority('training','camunda-admin')";

	public static final String MANAGERS_ONLY = "hasAnyAuthority('managers','camunda-admin')";

	/** Who records leads and changes them: the lead cell and managers. */
	public static final String LEADS_OR_MANAGERS = "hasAnyAuthority('leads','managers','camunda-admin')";

	/** Who reads leads: the lead cell, managers, and recruiters (the leads of their partners). */
	public static final String LEAD_READERS = "hasAnyAuthority('leads','managers','recruiters','camunda-admin')";

	/** Who reads the recruitment plans: the managers who draw them up and the leadership that approves them. */
	public static final String PLAN_READERS = "hasAnyAuthority('managers','leadership','camunda-admin')";

	/** Administrators only: the contacts' personal data (export, erasure), the migration of running partners. */
	public static final String ADMINS_ONLY = "hasAuthority('camunda-admin')";

	private Groups() {
	}

}
