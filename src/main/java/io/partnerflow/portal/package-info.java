/**
 * The partner portal ({@code /portal/**}): what candidates and partners do themselves, without an
 * internal account. The candidate's application file (method step 7), opened by the personal link
 * its mail carries ({@link io.partnerflow.portal.PortalLinks}), saved as a draft and submitted once,
 * which tells the waiting recruitment as the API does; the signed partner's account (invited by the
 * welcome to its plan, its password hashed by Spring Security), its 100-day plan, reviews and deals,
 * the deals it registers, its deal registrations (the opportunities it registers first), and the leads the
 * lead cell offers it (accepted or declined, then followed until won or lost). Its own filter chain ({@link io.partnerflow.portal.PortalSecurity}):
 * nothing here accepts the webapps' session or engine credentials, nothing else the portal's login.
 */
@ApplicationModule(displayName = "Partner portal", allowedDependencies = { "partner", "recruitment", "onboarding",
		"deals", "dealregistration", "leads", "notification", "tier", "system" })
package io.partnerflow.portal;

import org.springframework.modulith.ApplicationModule;
