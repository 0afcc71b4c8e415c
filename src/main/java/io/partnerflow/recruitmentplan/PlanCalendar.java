package io.partnerflow.recruitmentplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * When the plan's progress is reviewed: the first day of each month at 08:00 (UTC, as every day of
 * PartnerFlow), on the engine's clock ({@link io.partnerflow.system.EngineClock}), until the review of the plan year's last month, held in January of
 * the next year. {@code ${planCalendar.nextReview()}} and {@code ${planCalendar.yearOver(planYear)}}
 * in the model.
 */
@Component("planCalendar")
public class PlanCalendar {

	static final LocalTime REVIEW_TIME = LocalTime.of(8, 0);

	private final Clock clock;

	public PlanCalendar(Clock clock) {
		this.clock = clock;
	}

	/** The first day of next month, 08:00. */
	public Date nextReview() {
		LocalDate today = LocalDate.now(clock);
		return Date.from(today.withDayOfMonth(1).plusMonths(1).atTime(REVIEW_TIME).atZone(clock.getZone()).toInstant());
	}

	/** Whether the review just held was the plan year's last: it is held once the year is over. */
	public boolean yearOver(Object planYear) {
		int year = ((Number) planYear).intValue();
		return LocalDate.now(clock).getYear() > year;
	}

}
