/**
 * The managers' KPIs ({@code GET /api/kpis}) and the heat map data (the Cockpit plugins' server side).
 */
@ApplicationModule(displayName = "Insight")
package io.partnerflow.insight;

import org.springframework.modulith.ApplicationModule;
