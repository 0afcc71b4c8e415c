/**
 * Yellow and red cards (issue 18): a partner that takes one of our leads to a competitor gets a
 * yellow card from a manager; a second card within {@code partnerflow.cards.red-within} is a red card,
 * which opens the partner's exit review at once. Each card is a {@code partner-card} process: the
 * letter to the partner's contact (the notification path, sent once), and for a red card the exit
 * review as a call activity ({@code exit-review}, round {@code redCard}).
 */
@ApplicationModule(displayName = "Conduct", allowedDependencies = { "partner", "dealregistration", "exitreview", "notification",
		"system" })
package io.partnerflow.conduct;

import org.springframework.modulith.ApplicationModule;
