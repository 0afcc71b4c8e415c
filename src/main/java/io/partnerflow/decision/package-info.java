/**
 * Managers' edits of the decision tables ({@code GET/PUT /api/decisions/{key}}), checked before
 * PartnerFlow deploys them.
 */
@ApplicationModule(displayName = "Decision editing")
package io.partnerflow.decision;

import org.springframework.modulith.ApplicationModule;
