package io.partnerflow.recruitmentplan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * When the plan's progress is reviewed: the first day of each month at 08:00 (the server's time
 * zone), on the engine's clock, until the review of the plan year's last month, held in January of
 * the next year. {@code ${planCalendar.nextReview()}} and {@code ${planCalendar.yearOver(planYear)}}
 * in the model.
 */
@Component("planCalendar")
public class PlanCalendar {

	static final LocalTime REVIEW_TIME = LocalTime.of(8, 0);

	private final ZoneId zone = ZoneId.systemDefault();

	/** The first day of next month, 08:00. */
	public Date nextReview() {
		LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
		return Date.from(today.withDayOfMonth(1).plusMonths(1).atTime(REVIEW_TIME).atZone(zone).toInstant());
	}

	/** Whether the review just held was the plan year's last: it is held once the year is over. */
	public boolean yearOver(Object planYear) {
		int year = ((Number) planYear).intValue();
		return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone).getYear() > year;
	}

}
