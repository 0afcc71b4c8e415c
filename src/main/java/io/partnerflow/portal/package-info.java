/**
 * The partner portal ({@code /portal/**}): what candidates and partners do themselves, without an
 * internal account. Today the candidate's application file (method step 7), opened by the personal
 * link its mail carries ({@link io.partnerflow.portal.PortalLinks}), saved as a draft and submitted
 * once, which tells the waiting recruitment as the API does. Its own filter chain
 * ({@link io.partnerflow.portal.PortalSecurity}): nothing here accepts the webapps' session or engine
 * credentials.
 */
@ApplicationModule(displayName = "Partner portal", allowedDependencies = { "partner", "recruitment", "notification",
		"system" })
package io.partnerflow.portal;

import org.springframework.modulith.ApplicationModule;
