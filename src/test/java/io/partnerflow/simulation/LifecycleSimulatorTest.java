package io.partnerflow.simulation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.partnerflow.IntegrationTest;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.recruitment.RecruitmentProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator takes partners through the real models: every lifecycle ends (timers of day 100 and
 * months 6 and 9 fired), the forms it submits are accepted, the history holds real durations, and
 * the same seed gives the same story again.
 */
@IntegrationTest
class LifecycleSimulatorTest {

	private static final LocalDate FIRST_RUN = LocalDate.of(2021, 1, 4);

	private static final LocalDate SECOND_RUN = LocalDate.of(2022, 1, 3);

	@Autowired
	LifecycleSimulator simulator;

	@Autowired
	HistoryService history;

	@Autowired
	JdbcTemplate jdbc;

	final SimulationSettings settings = new SimulationSettings(30, 5, 500, 30, null, false, false, 0.6, 0.33, 0.1,
			0.8, false);

	@Test
	void partnersLiveTheirWholeLifecycleAndTheSameSeedTellsTheSameStoryAgain() {
		// given
		long monthSixBefore = finishedActivities(OnboardingProcess.MONTH_SIX);
		long dayHundredBefore = finishedActivities(OnboardingProcess.DAY_HUNDRED);
		List<Duration> reports = new ArrayList<>();

		// when 30 candidates are listed in the first month and the simulation runs 500 days
		LifecycleSimulator.Progress first = simulator.run(settings.with(30, FIRST_RUN, 5), Duration.ZERO,
				progress -> reports.add(progress.elapsed()));

		// then every lifecycle ended, with no form refused and no job failed
		assertThat(first.listed()).isEqualTo(30);
		assertThat(first.lifecyclesEnded()).isEqualTo(30);
		assertThat(first.answersRefused()).isZero();
		assertThat(first.jobFailures()).isZero();
		assertThat(reports).as("progress is reported while it runs and at the end").hasSizeGreaterThan(1);
		Map<Integer, PartnerStatus> outcomes = outcomes(FIRST_RUN);
		assertThat(outcomes).hasSize(30);
		assertThat(outcomes.values()).allMatch(status -> status.isFinal() || status == PartnerStatus.ACTIVE)
			.contains(PartnerStatus.ACTIVE, PartnerStatus.EXITED, PartnerStatus.DECLINED);
		assertThat(finishedActivities(OnboardingProcess.DAY_HUNDRED)).isGreaterThan(dayHundredBefore);
		assertThat(finishedActivities(OnboardingProcess.MONTH_SIX)).isGreaterThan(monthSixBefore);

		// and the history holds the time people took: approaches take 2 to 15 days
		List<HistoricTaskInstance> approaches = history.createHistoricTaskInstanceQuery()
			.taskDefinitionKey(RecruitmentProcess.APPROACH_CANDIDATE)
			.finished()
			.startedAfter(java.util.Date.from(FIRST_RUN.atStartOfDay(ZoneOffset.UTC).toInstant()))
			.startedBefore(java.util.Date.from(SECOND_RUN.atStartOfDay(ZoneOffset.UTC).toInstant()))
			.list();
		assertThat(approaches).isNotEmpty()
			.allSatisfy(task -> assertThat(task.getDurationInMillis()).isBetween(Duration.ofDays(2).toMillis(),
					Duration.ofDays(16).toMillis()));

		// when the same seed runs again, a year later
		simulator.run(settings.with(30, SECOND_RUN, 5), Duration.ofMinutes(1), progress -> {
		});

		// then each candidate's story ends the same way
		assertThat(outcomes(SECOND_RUN)).isEqualTo(outcomes);
	}

	private long finishedActivities(String activityId) {
		return history.createHistoricActivityInstanceQuery().activityId(activityId).finished().count();
	}

	/** The final status of each candidate of the run that started on {@code first}, by its number. */
	private Map<Integer, PartnerStatus> outcomes(LocalDate first) {
		String tag = "-5-" + first.toEpochDay() + "-";
		Map<Integer, PartnerStatus> outcomes = new TreeMap<>();
		jdbc.query("select contact_email, status from partner where contact_email like ?", row -> {
			String email = row.getString(1);
			int number = Integer.parseInt(email.substring(email.indexOf(tag) + tag.length(), email.lastIndexOf('.')));
			outcomes.put(number, PartnerStatus.valueOf(row.getString(2)));
		}, "%" + tag + "%");
		return outcomes;
	}

}
