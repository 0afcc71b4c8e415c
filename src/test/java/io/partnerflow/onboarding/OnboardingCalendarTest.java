package io.partnerflow.onboarding;

import java.time.Instant;
import java.time.Period;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines count from the contract signature, whenever the plan was started, with the configured delays. */
class OnboardingCalendarTest {

	static final Date SIGNED = Date.from(Instant.parse("2026-01-31T10:00:00Z"));

	@Test
	void theDefaultDelaysAreDayHundredMonthSixAndMonthNine() {
		OnboardingCalendar calendar = OnboardingCalendar.withDefaults();

		assertThat(calendar.dayHundred(SIGNED)).isEqualTo(Date.from(Instant.parse("2026-05-11T10:00:00Z")));
		assertThat(calendar.monthSix(SIGNED)).isEqualTo(Date.from(Instant.parse("2026-07-31T10:00:00Z")));
		assertThat(calendar.monthNine(SIGNED)).isEqualTo(Date.from(Instant.parse("2026-10-31T10:00:00Z")));
		assertThat(calendar.due("sign-business-plan", SIGNED)).isEqualTo(Date.from(Instant.parse("2026-03-02T10:00:00Z")));
		assertThat(calendar.reviewDecisionDue(SIGNED, OnboardingCalendar.ROUND_FINAL))
			.isEqualTo(Date.from(Instant.parse("2026-11-14T10:00:00Z")));
	}

	@Test
	void configuredDelaysReplaceTheDefaults() {
		OnboardingCalendar calendar = new OnboardingCalendar(new OnboardingProperties(Period.ofDays(90),
				Period.ofMonths(7), null, null, Period.ofDays(10), Map.of("train-sales-people", Period.ofDays(20)),
				Period.ofDays(45), null));

		assertThat(calendar.dayHundred(SIGNED)).isEqualTo(Date.from(Instant.parse("2026-05-01T10:00:00Z")));
		assertThat(calendar.monthSix(SIGNED)).isEqualTo(Date.from(Instant.parse("2026-08-31T10:00:00Z")));
		assertThat(calendar.monthNine(SIGNED)).isEqualTo(Date.from(Instant.parse("2026-10-31T10:00:00Z")));
		assertThat(calendar.due("train-sales-people", SIGNED)).isEqualTo(Date.from(Instant.parse("2026-02-20T10:00:00Z")));
		assertThat(calendar.due("unconfigured-action", SIGNED)).isEqualTo(calendar.dayHundred(SIGNED));
		assertThat(calendar.autonomyReviewEvery()).isEqualTo("P45D");
		assertThat(calendar.exitConversationDue(SIGNED, OnboardingCalendar.ROUND_FIRST))
			.isEqualTo(Date.from(Instant.parse("2026-09-10T10:00:00Z")));
	}

}
