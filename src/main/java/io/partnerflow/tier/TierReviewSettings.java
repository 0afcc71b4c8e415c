package io.partnerflow.tier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When every partner's tier is reviewed, from {@code partnerflow.tiers.review-cron}: a Camunda (Quartz)
 * cron expression, seconds first, in the server's time zone; by default quarterly, on the 1st of
 * January, April, July and October at 06:00. The model's timer reads it again each time it strikes.
 * {@code partnerflow.tiers.review-batch-size}: how many partners' reviews one job of the schedule
 * starts (each review is then a process instance of its own, its steps jobs of their own).
 */
@Component("tierReviewSettings")
public class TierReviewSettings {

	private final String cron;

	private final int batchSize;

	public TierReviewSettings(@Value("${partnerflow.tiers.review-cron}") String cron,
			@Value("${partnerflow.tiers.review-batch-size}") int batchSize) {
		if (batchSize < 1) {
			throw new IllegalArgumentException("partnerflow.tiers.review-batch-size must be at least 1, not " + batchSize);
		}
		this.cron = cron;
		this.batchSize = batchSize;
	}

	public String getCron() {
		return cron;
	}

	public int getBatchSize() {
		return batchSize;
	}

}
