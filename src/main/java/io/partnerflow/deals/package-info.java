/**
 * Deals partners sign with customers ({@code /api/partners/{reference}/deals}): recorded once, never
 * changed. Each one is announced as a {@link io.partnerflow.deals.DealWon} event; the features that
 * care (the 100-day plan) listen, deals knows none of them.
 */
@ApplicationModule(displayName = "Deals", allowedDependencies = { "partner", "system" })
package io.partnerflow.deals;

import org.springframework.modulith.ApplicationModule;
