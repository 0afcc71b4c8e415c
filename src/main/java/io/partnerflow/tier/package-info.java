/**
 * The partner's tier as it moves up and down ({@code partner-tier-review}): the figures the decision
 * table {@code partner-tier} reads (the revenue of the deals won in the last 12 months, the valid
 * certifications of the partner's people), the certifications themselves
 * ({@code /api/partners/{reference}/certifications}), the tiers' rules as the deployed table holds them
 * ({@link io.partnerflow.tier.TierRules}), the quarterly review of every partner in the network and the
 * review of one partner on each won deal ({@link io.partnerflow.deals.DealWon}), and the letter that
 * explains a change.
 */
@ApplicationModule(displayName = "Tiers", allowedDependencies = { "partner", "deals", "system" })
package io.partnerflow.tier;

import org.springframework.modulith.ApplicationModule;
