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
	}

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
