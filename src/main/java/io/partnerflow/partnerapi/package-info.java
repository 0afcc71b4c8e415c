/**
 * The partner API ({@code /api/partner/v1}): what a partner's own systems (a CRM) do with the partner's
 * own API key, never an internal account: register deals and read its registrations, read its record,
 * follow the leads it is offered ({@link io.partnerflow.leads.PartnerLeads}, as the portal does).
 * Authentication is the portal's ({@link io.partnerflow.portal.PartnerApiSecurity}: a bearer key that a
 * portal user of the partner created); each endpoint reads the caller's partner only
 * ({@link io.partnerflow.portal.PartnerApiCaller}), so another partner's id is 404, as an unknown one.
 * Every endpoint takes the same caller.
 */
@ApplicationModule(displayName = "Partner API", allowedDependencies = { "portal", "dealregistration", "leads",
		"partner", "system" })
package io.partnerflow.partnerapi;

import org.springframework.modulith.ApplicationModule;
