package io.partnerflow.onboarding;

import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The deadlines of the plan and of the exit review, computed from the contract signature date so an
 * instance started late or migrated keeps its real deadlines. Used by the models' timers and due dates,
 * e.g. {@code ${onboardingCalendar.dayHundred(contractSignedAt)}}.
 */
@Component("onboardingCalendar")
@EnableConfigurationProperties(OnboardingProperties.class)
public class OnboardingCalendar {

	/** The first review (month 6): extend or exit. */
	public static final String ROUND_FIRST = "first";

	/** The final review (month 9): exit or exception. */
	public static final String ROUND_FINAL = "final";

	/** The review after a red card: it counts from the day it opens, not from the contract. */
	public static final String ROUND_RED_CARD = "redCard";

	private final OnboardingProperties properties;

	OnboardingCalendar(OnboardingProperties properties) {
		this.properties = properties;
	}

	/** A calendar with the default delays, for tests without Spring. */
	public static OnboardingCalendar withDefaults() {
		return new OnboardingCalendar(OnboardingProperties.defaults());
	}

	public Date dayHundred(Date contractSignedAt) {
		return plus(contractSignedAt, properties.dayHundred());
	}

	public Date monthSix(Date contractSignedAt) {
		return plus(contractSignedAt, properties.firstReview());
	}

	public Date monthNine(Date contractSignedAt) {
		return plus(contractSignedAt, properties.finalReview());
	}

	/** The due date of a plan action (see {@link OnboardingProperties#due()}); day 100 when not configured. */
	public Date due(String action, Date contractSignedAt) {
		return plus(contractSignedAt, properties.due().getOrDefault(action, properties.dayHundred()));
	}

	/**
	 * When the manager's decision is due, for the review round {@code first} or {@code final}; after a
	 * red card, counted from now (the engine's clock: the review opens with the card).
	 */
	public Date reviewDecisionDue(Date contractSignedAt, String round) {
		return plus(reviewDate(contractSignedAt, round), properties.reviewDecisionWithin());
	}

	/** When the exit conversation is due, for the review round {@code first} or {@code final}; after a red card, from now. */
	public Date exitConversationDue(Date contractSignedAt, String round) {
		return plus(reviewDate(contractSignedAt, round), properties.exitConversationWithin());
	}

	/** How long after a review that found the partner not yet autonomous the next one comes, as the timer reads it (ISO-8601). */
	public String autonomyReviewEvery() {
		return properties.autonomyReviewEvery().toString();
	}

	/** When a recurring autonomy review created now is due (the engine's clock, so tests can move it). */
	public Date autonomyReviewDue() {
		return plus(ClockUtil.getCurrentTime(), properties.autonomyReviewWithin());
	}

	private Date reviewDate(Date contractSignedAt, String round) {
		if (ROUND_RED_CARD.equals(round)) {
			return ClockUtil.getCurrentTime();
		}
		return ROUND_FINAL.equals(round) ? monthNine(contractSignedAt) : monthSix(contractSignedAt);
	}

	private static Date plus(Date from, Period period) {
		if (from == null) {
			throw new IllegalArgumentException("contractSignedAt is missing: the plan counts from the contract signature");
		}
		return Date.from(from.toInstant().atZone(ZoneOffset.UTC).plus(period).toInstant());
	}

}
