/**
 * The 100-day plan ({@code partner-onboarding}), deals (API), the tier and the plan's records.
 */
@ApplicationModule(displayName = "Onboarding")
package io.partnerflow.onboarding;

import org.springframework.modulith.ApplicationModule;
