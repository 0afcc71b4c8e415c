/**
 * The approval committee's vote ({@code committee-vote}): its rules, ballots and records.
 */
@ApplicationModule(displayName = "Committee")
package io.partnerflow.committee;

import org.springframework.modulith.ApplicationModule;
