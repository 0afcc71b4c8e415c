package io.partnerflow.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start without the settings production needs: outside the {@code demo} profile there
 * is no default database and no default administrator, so a plain {@code java -jar} never runs
 * with known passwords. Checked before any bean is made (a bean factory post-processor), so the
 * message ({@link MissingSettingsFailureAnalyzer}) says what to set instead of a database error.
 * <p>
 * It also refuses a connection pool too small for the job executor: a job that sends a mail holds
 * two connections (its own transaction's, and the mail record's, committed before the server's
 * answer: see {@code notification.RecordingSmtpTransport}). With as many job threads as
 * connections, every thread held one and waited for a second: jobs stalled for the pool's timeout
 * and every request of the users with them (measured: 27 s waits in Tasklist on the demo's pool of
 * 10 with 10 job threads).
 */
@Component
class StartupSettings implements BeanFactoryPostProcessor, EnvironmentAware {

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		List<String> missing = new ArrayList<>();
		if (blank("spring.datasource.url")) {
			missing.add("PARTNERFLOW_DB_URL (the JDBC URL of the database; or the profile postgres with POSTGRES_URL)");
		}
		if (blank("camunda.bpm.admin-user.id")) {
			missing.add("PARTNERFLOW_ADMIN_USER (the administrator's user id)");
		}
		if (blank("camunda.bpm.admin-user.password")) {
			missing.add("PARTNERFLOW_ADMIN_PASSWORD (the administrator's password)");
		}
		if (!missing.isEmpty()) {
			throw new MissingSettingsException(missing);
		}
		int connections = environment.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, HIKARI_DEFAULT);
		int jobThreads = environment.getProperty("camunda.bpm.job-execution.enabled", Boolean.class, true)
				? environment.getProperty("camunda.bpm.job-execution.max-pool-size", Integer.class, JOB_THREADS_DEFAULT)
				: 0;
		if (connections < minimumConnections(jobThreads)) {
			throw new MissingSettingsException(List.of(("a connection pool of at least %d for %d job threads: "
					+ "PARTNERFLOW_DB_POOL_SIZE (POSTGRES_POOL_SIZE under the profile postgres) is %d, "
					+ "or fewer job threads (camunda.bpm.job-execution.max-pool-size)")
				.formatted(minimumConnections(jobThreads), jobThreads, connections)));
		}
	}

	/** Hikari's and Camunda's starter's own defaults, when a setting is not given. */
	static final int HIKARI_DEFAULT = 10;

	static final int JOB_THREADS_DEFAULT = 10;

	/** Two connections for each job thread that sends a mail, and some left for the users' requests. */
	static int minimumConnections(int jobThreads) {
		return 2 * jobThreads + REQUEST_CONNECTIONS;
	}

	static final int REQUEST_CONNECTIONS = 5;

	private boolean blank(String property) {
		String value = environment.getProperty(property);
		return value == null || value.isBlank();
	}

	/** The settings PartnerFlow cannot start without. */
	static final class MissingSettingsException extends RuntimeException {

		private final List<String> missing;

		MissingSettingsException(List<String> missing) {
			super("PartnerFlow cannot start without: " + String.join(", ", missing));
			this.missing = List.copyOf(missing);
		}

		List<String> missing() {
			return missing;
		}

	}

}
