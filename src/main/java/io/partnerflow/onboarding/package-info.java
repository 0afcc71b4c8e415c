/**
 * The 100-day plan ({@code partner-onboarding}): its records, the tier, and the first deal it hears of
 * ({@link io.partnerflow.deals.DealWon}).
 */
@ApplicationModule(displayName = "Onboarding")
package io.partnerflow.onboarding;

import org.springframework.modulith.ApplicationModule;
