package io.partnerflow.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The application's clock, which is the engine's: every "now" and "today" of PartnerFlow is read
 * from it, so that tests and the simulator that move the engine's clock (and with it the timers'
 * due dates) move the application's time too. Outside them it is the system's time. Days are UTC
 * days. The one place that knows the engine's clock.
 */
@Component
public final class EngineClock extends Clock {

	private final ZoneId zone;

	public EngineClock() {
		this(ZoneOffset.UTC);
	}

	private EngineClock(ZoneId zone) {
		this.zone = zone;
	}

	@Override
	public Instant instant() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	@Override
	public long millis() {
		return ClockUtil.getCurrentTime().getTime();
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return zone.equals(other) ? this : new EngineClock(other);
	}

	/** Stops the engine's clock at a moment: timers due by then can be executed, and "now" is that moment. */
	public void moveTo(Instant moment) {
		ClockUtil.setCurrentTime(Date.from(moment));
	}

	/** Lets the engine's clock run with the system's time again. */
	public void reset() {
		ClockUtil.reset();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EngineClock clock && zone.equals(clock.zone);
	}

	@Override
	public int hashCode() {
		return zone.hashCode() + 1;
	}

	@Override
	public String toString() {
		return "EngineClock[" + zone + "]";
	}

}
