package io.partnerflow.recruitmentplan;

/** Where a year's plan stands: managers change a draft; the leadership approves a submitted plan or sends it back. */
public enum PlanStatus {

	DRAFT, SUBMITTED, APPROVED

}
