package io.partnerflow.partner;

/** The kinds of channel partner a vendor recruits. */
public enum PartnerCategory {

	RESELLER, VAR, INTEGRATOR, WHOLESALER, IT_SERVICES, REFERRAL, TECHNOLOGY

}
