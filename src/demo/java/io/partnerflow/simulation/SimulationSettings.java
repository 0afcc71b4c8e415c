package io.partnerflow.simulation;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the lifecycle simulator does: how many partners, over how long, from which seed, and the
 * outcome rates. The defaults come from the method (../DOMAIN.md): 60% of recruited partners fail
 * to perform, two partnerships in three fail.
 *
 * @param partners candidates to list; 0 turns the simulator off
 * @param seed the random seed: the same seed on an empty database gives the same history
 * @param days length of the simulated period
 * @param arrivalDays candidates are listed during the first this many days of it
 * @param startOn first simulated day; by default the period ends today
 * @param onlyIntoEmptyDatabase run only when no partner exists yet (the demo's first start)
 * @param exitWhenDone stop the application once the summary is printed
 * @param failToPerformShare share of signed partners that never win a deal
 * @param extendAtFirstReviewShare share of month-6 reviews of a partner without a deal that
 *        extend the partnership to month 9 instead of ending it
 * @param keepByExceptionShare share of month-9 reviews that keep the partner by exception
 * @param committeeApprovalShare share of committee ballots that approve a good application
 * @param openWork end with today's work: partners whose stories stop at an open task of each role
 *        ({@link TodaysWork}), so each person who logs in finds tasks to do
 */
@ConfigurationProperties("partnerflow.simulation")
public record SimulationSettings(@DefaultValue("0") int partners, @DefaultValue("42") long seed,
		@DefaultValue("365") int days, @DefaultValue("120") int arrivalDays, LocalDate startOn,
		@DefaultValue("true") boolean onlyIntoEmptyDatabase, @DefaultValue("false") boolean exitWhenDone,
		@DefaultValue("0.6") double failToPerformShare, @DefaultValue("0.33") double extendAtFirstReviewShare,
		@DefaultValue("0.1") double keepByExceptionShare, @DefaultValue("0.8") double committeeApprovalShare,
		@DefaultValue("true") boolean openWork) {

	@ConstructorBinding
	public SimulationSettings {
		if (partners < 0 || days < 1 || arrivalDays < 1 || arrivalDays > days) {
			throw new IllegalArgumentException(
					"partnerflow.simulation: partners >= 0, days >= 1 and 1 <= arrival-days <= days are required");
		}
		for (double share : new double[] { failToPerformShare, extendAtFirstReviewShare, keepByExceptionShare,
				committeeApprovalShare }) {
			if (share < 0 || share > 1) {
				throw new IllegalArgumentException("partnerflow.simulation: shares are between 0 and 1, not " + share);
			}
		}
	}

	/** The same settings for another number of partners, a start day and a seed. */
	public SimulationSettings with(int partners, LocalDate startOn, long seed) {
		return new SimulationSettings(partners, seed, days, arrivalDays, startOn, onlyIntoEmptyDatabase, exitWhenDone,
				failToPerformShare, extendAtFirstReviewShare, keepByExceptionShare, committeeApprovalShare, openWork);
	}

}
