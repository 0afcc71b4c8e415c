/**
 * The annual recruitment plan ({@code recruitment-plan}, steps 1 to 3 of the method): managers draw up
 * the year's priority markets and, per market and category, the partners to sign, derived from the
 * sales target through the channel; the leadership approves it; managers review its progress every
 * month. The selection criteria read its priority markets.
 */
@ApplicationModule(displayName = "Recruitment plan", allowedDependencies = { "partner", "system" })
package io.partnerflow.recruitmentplan;

import org.springframework.modulith.ApplicationModule;
