package io.partnerflow.recruitmentplan;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * When the partners signed in one quarter of the plan's year are expected to be autonomous: after
 * the start-up period the method gives them (6 months from the signature), so by the end of the
 * quarter two quarters later. The seed's warning in figures: partners recruited this year sell on
 * their own only next year, mostly.
 */
public record CohortAutonomy(int quarter, LocalDate signedBy, LocalDate autonomousBy) {

	/** The start-up period after the signature, in months (the method's 6). */
	public static final int START_UP_MONTHS = 6;

	static List<CohortAutonomy> of(int year) {
		return IntStream.rangeClosed(1, 4).mapToObj(quarter -> {
			LocalDate end = LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
			LocalDate autonomous = end.plusMonths(START_UP_MONTHS).withDayOfMonth(1).plusMonths(1).minusDays(1);
			return new CohortAutonomy(quarter, end, autonomous);
		}).toList();
	}

}
