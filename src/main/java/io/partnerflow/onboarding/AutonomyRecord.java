package io.partnerflow.onboarding;

import java.time.Instant;

/**
 * When a partner became commercially and technically autonomous (the day-100 review), for the
 * "time to autonomy" KPI: the durations run from {@code contractSignedAt}. A null date means the
 * partner was not autonomous at its review, or not reviewed yet.
 */
public record AutonomyRecord(String reference, Instant contractSignedAt, Instant commerciallyAutonomousAt,
		Instant technicallyAutonomousAt) {
}
