/**
 * Deal registration ({@code deal-registration}): a partner registers an opportunity (customer,
 * project, expected value and close date) in its portal or through staff's API; the first to
 * register a project is served (one open registration per customer and project, held by the
 * database); the recruiter or a manager approves or rejects it; an approved registration expires
 * unless it progresses; a won one is recorded as a deal ({@link io.partnerflow.deals.DealService}).
 */
@ApplicationModule(displayName = "Deal registration", allowedDependencies = { "partner", "deals", "system" })
package io.partnerflow.dealregistration;

import org.springframework.modulith.ApplicationModule;
