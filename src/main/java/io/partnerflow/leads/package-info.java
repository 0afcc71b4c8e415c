/**
 * Leads ({@code lead-distribution}): the lead cell records the leads it detects (a customer's project
 * in a market, the category of partner it needs), the decision table {@code lead-routing} scores the
 * signed partners this module gathers, the cell confirms the partner proposed or picks another, and
 * the partner accepts or declines it in its portal within a set time; silence or a decline passes it
 * to the next partner, never back to one that had it, and a lead no partner takes comes back to the
 * cell. An accepted lead is followed: the partner reports its progress at a set rhythm (reminded, then
 * the lead is taken back), asks pre-sales for help, and wins it through a deal registration
 * ({@link io.partnerflow.dealregistration.DealRegistrations}), so the deal, the first deal of the plan,
 * the tier and the KPIs come from the deal path. {@link io.partnerflow.leads.PartnerLeads} reads and
 * updates one partner's own leads (the portal, and later a partner API); the 100-day plan counts the
 * leads passed to its partner through {@link io.partnerflow.onboarding.PlanLeads}.
 */
@ApplicationModule(displayName = "Leads", allowedDependencies = { "partner", "dealregistration", "onboarding", "system" })
package io.partnerflow.leads;

import org.springframework.modulith.ApplicationModule;
