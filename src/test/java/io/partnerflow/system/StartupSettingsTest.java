package io.partnerflow.system;

import io.partnerflow.system.StartupSettings.MissingSettingsException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The settings PartnerFlow refuses to start without, and a connection pool the job threads cannot starve. */
class StartupSettingsTest {

	@Test
	void aPoolWithNoSecondConnectionForEachJobThreadIsRefusedWithWhatToSet() {
		// given Hikari's default pool of 10 and the job executor's 10 threads (each mail needs two connections)
		MockEnvironment environment = production().withProperty("spring.datasource.hikari.maximum-pool-size", "10")
			.withProperty("camunda.bpm.job-execution.max-pool-size", "10");

		// then the start is refused, and the message says how large and what to set
		assertThatThrownBy(() -> check(environment)).isInstanceOf(MissingSettingsException.class)
			.satisfies(refusal -> assertThat(((MissingSettingsException) refusal).missing()).singleElement()
				.asString()
				.contains("at least 25 for 10 job threads")
				.contains("PARTNERFLOW_DB_POOL_SIZE")
				.contains("is 10"));
	}

	@Test
	void theDefaultsLeaveRoomForTheJobsAndTheUsers() {
		// the job executor's default 10 threads against application.yaml's default pool of 30
		assertThatCode(() -> check(production().withProperty("spring.datasource.hikari.maximum-pool-size", "30")))
			.doesNotThrowAnyException();
		assertThat(StartupSettings.minimumConnections(StartupSettings.JOB_THREADS_DEFAULT)).isLessThanOrEqualTo(30);
	}

	@Test
	void withoutAPoolSettingHikarisOwnTenIsCheckedAgainstTheJobThreads() {
		assertThatThrownBy(() -> check(production())).isInstanceOf(MissingSettingsException.class);
		assertThatCode(() -> check(production().withProperty("camunda.bpm.job-execution.max-pool-size", "2")))
			.doesNotThrowAnyException();
	}

	@Test
	void aNodeWithoutJobExecutorNeedsOnlyTheUsersConnections() {
		assertThatCode(() -> check(production().withProperty("spring.datasource.hikari.maximum-pool-size", "5")
			.withProperty("camunda.bpm.job-execution.enabled", "false"))).doesNotThrowAnyException();
	}

	private static MockEnvironment production() {
		return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:settings")
			.withProperty("camunda.bpm.admin-user.id", "admin")
			.withProperty("camunda.bpm.admin-user.password", "secret");
	}

	private static void check(MockEnvironment environment) {
		StartupSettings settings = new StartupSettings();
		settings.setEnvironment(environment);
		settings.postProcessBeanFactory(new DefaultListableBeanFactory());
	}

}
