package io.partnerflow.conduct;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code partnerflow.cards.red-within} is checked when the application starts: a positive whole number of days. */
class RedWithinSettingTest {

	@Test
	void aPeriodOfWholeDaysIsTakenAndAnythingElseRefusedAtStart() {
		assertThat(Cards.checked(Duration.parse("P365D"))).isEqualTo(Duration.ofDays(365));
		assertThat(Cards.checked(Duration.parse("P30D"))).isEqualTo(Duration.ofDays(30));
		for (String refused : new String[] { "PT0S", "-P1D", "PT36H", "PT1M" }) {
			assertThatThrownBy(() -> Cards.checked(Duration.parse(refused))).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("partnerflow.cards.red-within");
		}
	}

}
