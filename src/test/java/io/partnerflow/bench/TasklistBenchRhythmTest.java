package io.partnerflow.bench;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's Tasklist rhythm: 20 users whose refreshes do not come as one burst. */
class TasklistBenchRhythmTest {

	@Test
	void theUsersFirstRefreshesAreSpreadEvenlyOverOneRefresh() {
		long[] moments = IntStream.range(0, TasklistBench.USERS)
			.mapToLong(position -> TasklistBench.firstRefresh(position, TasklistBench.USERS))
			.toArray();
		long step = TasklistBench.REFRESH.toNanos() / TasklistBench.USERS;

		assertThat(moments[0]).isZero();
		assertThat(moments[moments.length - 1]).isLessThan(TasklistBench.REFRESH.toNanos());
		for (int i = 1; i < moments.length; i++) {
			assertThat(moments[i] - moments[i - 1]).as("between users %d and %d", i - 1, i).isEqualTo(step);
		}
	}

}
