package io.partnerflow.system;

import io.partnerflow.system.StartupSettings.MissingSettingsException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to set when PartnerFlow starts without its production settings ({@link StartupSettings}). */
class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingsException cause) {
		StringBuilder description = new StringBuilder(
				"PartnerFlow lacks settings it needs: outside the demo profile the database and the administrator come from the environment. Missing:");
		cause.missing().forEach(each -> description.append("\n    - ").append(each));
		return new FailureAnalysis(description.toString(),
				"Set the environment variables above, or run the demo from the source tree (users with known passwords, "
						+ "never in production): ./mvnw spring-boot:run. The packaged jar holds no demo.",
				cause);
	}

}
