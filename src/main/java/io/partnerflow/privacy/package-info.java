/**
 * The partners' contacts are people: an administrator exports what PartnerFlow holds about one
 * (access on request) or erases it (erasure on request), through {@code /api/partners/{reference}/personal-data}.
 * Each feature exports and erases its own records ({@link io.partnerflow.system.PersonalData});
 * this module adds the engine's (variables and their history) and answers the requests.
 */
@ApplicationModule(displayName = "Personal data", allowedDependencies = { "partner", "system" })
package io.partnerflow.privacy;

import org.springframework.modulith.ApplicationModule;
