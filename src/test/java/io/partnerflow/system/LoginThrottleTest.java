package io.partnerflow.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's rules on a clock of its own: growing, bounded delays, keyed so nobody locks out another. */
class LoginThrottleTest {

	static final LoginThrottle.Settings SETTINGS = new LoginThrottle.Settings(5, 20, 100, Duration.ofSeconds(1),
			Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofDays(30), 1_000);

	/** A clock the test moves. */
	static final class TestClock extends Clock {

		Instant now = Instant.parse("2026-12-01T10:00:00Z");

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

	}

	final TestClock clock = new TestClock();

	final LoginThrottle throttle = new LoginThrottle(SETTINGS, clock);

	@Test
	void wrongPasswordsWaitLongerEachTimeUpToTheMaximumAndTheRightOneWorksAfterTheWait() {
		// given five free wrong passwords for rita from one address
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.check("rita", "203.0.113.7", () -> false)).isFalse();
			assertThat(throttle.waitFor("rita", "203.0.113.7")).isZero();
		}

		// when the failures go on, each waits twice as long as the one before
		Duration expected = Duration.ofSeconds(1);
		for (int i = 0; i < 12; i++) {
			throttle.check("rita", "203.0.113.7", () -> false);
			assertThat(throttle.waitFor("rita", "203.0.113.7")).isEqualTo(expected);
			// an attempt while it must wait is not even checked
			assertThat(throttle.check("rita", "203.0.113.7", () -> true)).isFalse();
			clock.advance(expected);
			expected = expected.multipliedBy(2).compareTo(Duration.ofMinutes(5)) > 0 ? Duration.ofMinutes(5)
					: expected.multipliedBy(2);
		}

		// then the wait never exceeds five minutes, and the right password works once it is over
		assertThat(throttle.waitFor("rita", "203.0.113.7")).isZero();
		assertThat(throttle.check("rita", "203.0.113.7", () -> true)).isTrue();
		assertThat(throttle.waitFor("rita", "203.0.113.7")).isZero();
	}

	@Test
	void anAttackerNeverSlowsDownTheVictimAtItsOwnAddress() {
		// given rita logged in from her own address once
		assertThat(throttle.check("rita", "198.51.100.1", () -> true)).isTrue();

		// when an attacker fails 200 times as rita, from 50 addresses (more than the account's 100 free failures)
		for (int i = 0; i < 200; i++) {
			String address = "203.0.113." + (i % 50);
			if (throttle.waitFor("rita", address).isZero()) {
				throttle.check("rita", address, () -> false);
			}
			clock.advance(Duration.ofSeconds(1));
		}

		// then rita's own address is not slowed down, while a new address for rita waits
		assertThat(throttle.waitFor("rita", "198.51.100.1")).isZero();
		assertThat(throttle.check("rita", "198.51.100.1", () -> true)).isTrue();
		assertThat(throttle.waitFor("rita", "192.0.2.99")).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void anAddressCyclingUserNamesIsSlowedDownForEveryAccount() {
		// when one address tries 21 user names once each
		for (int i = 0; i < 21; i++) {
			throttle.check("user" + i, "203.0.113.9", () -> false);
		}

		// then it waits for any further name, and other addresses do not
		assertThat(throttle.waitFor("someone-else", "203.0.113.9")).isEqualTo(Duration.ofSeconds(1));
		assertThat(throttle.waitFor("someone-else", "198.51.100.2")).isZero();
	}

	@Test
	void memoryStaysBoundedWhateverTheAttackerCycles() {
		// when 50,000 user names and addresses fail, and 50,000 succeed
		for (int i = 0; i < 50_000; i++) {
			throttle.check("name" + i, "10.0." + (i / 250) + "." + (i % 250), () -> false);
			throttle.check("ok" + i, "10.1." + (i / 250) + "." + (i % 250), () -> true);
		}

		// then no record map holds more than its 1,000 entries
		assertThat(java.util.Arrays.stream(throttle.sizes()).max().orElseThrow()).isLessThanOrEqualTo(1_000);
	}

	@Test
	void failuresAreForgottenAfterAQuietHour() {
		for (int i = 0; i < 8; i++) {
			throttle.check("rita", "203.0.113.7", () -> false);
		}
		assertThat(throttle.waitFor("rita", "203.0.113.7")).isPositive();

		clock.advance(Duration.ofMinutes(61));
		throttle.check("rita", "203.0.113.7", () -> false);

		// the count starts again: a single failure is free
		assertThat(throttle.waitFor("rita", "203.0.113.7")).isZero();
	}

}
