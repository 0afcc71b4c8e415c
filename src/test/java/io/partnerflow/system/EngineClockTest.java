package io.partnerflow.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import io.partnerflow.IntegrationTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's clock is the engine's: moving one moves the other, as tests and the simulator do. */
@IntegrationTest
class EngineClockTest {

	private static final Instant MOMENT = Instant.parse("2027-03-04T23:30:00Z");

	@Autowired
	Clock clock;

	@Autowired
	EngineClock engineClock;

	@AfterEach
	void systemTimeAgain() {
		ClockUtil.reset();
	}

	@Test
	void theApplicationsClockFollowsTheEnginesClock() {
		// when the engine's clock is set, as a test moving through 100 days does
		ClockUtil.setCurrentTime(Date.from(MOMENT));

		// then the application's clock reads the same moment, and today is its UTC day
		assertThat(clock).isSameAs(engineClock);
		assertThat(clock.instant()).isEqualTo(MOMENT);
		assertThat(clock.millis()).isEqualTo(MOMENT.toEpochMilli());
		assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2027, 3, 4));
		assertThat(Instant.now(clock.withZone(ZoneId.of("Europe/Paris")))).isEqualTo(MOMENT);

		// and when the engine's clock moves on, so does the application's
		ClockUtil.setCurrentTime(Date.from(MOMENT.plus(Duration.ofDays(100))));
		assertThat(clock.instant()).isEqualTo(MOMENT.plus(Duration.ofDays(100)));
	}

	@Test
	void movingTheApplicationsClockMovesTheEnginesClock() {
		// when the simulator moves the clock
		engineClock.moveTo(MOMENT);

		// then the engine's timers fall due by that moment
		assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(MOMENT);

		// and once reset, both run with the system's time again
		engineClock.reset();
		assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), Instant.now()).abs())
			.isLessThan(Duration.ofMinutes(1));
		assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
	}

}
