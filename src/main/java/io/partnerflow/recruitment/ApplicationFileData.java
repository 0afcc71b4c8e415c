package io.partnerflow.recruitment;

import java.util.LinkedHashMap;
import java.util.Map;

import io.partnerflow.committee.ApplicationFileView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The application file's answers (recruitment step 7), as the API receives them. */
public record ApplicationFileData(
		@NotBlank @Size(max = 4000) String motivation,
		@NotBlank @Size(max = 4000) String organisation,
		@NotBlank @Size(max = 4000) String firstCustomers,
		@NotBlank @Size(max = 4000) String strategy,
		@NotBlank @Size(max = 4000) String whyStrategic,
		@NotBlank @Size(max = 4000) String prospects) {

	/**
	 * The answers as the recruiter types them into "Record application file" (its form's fields), until
	 * the file is saved: then they leave the process ({@link SaveApplicationFileDelegate}).
	 */
	public Map<String, Object> variables() {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(RecruitmentProcess.APPLICATION_MOTIVATION, motivation);
		variables.put(RecruitmentProcess.APPLICATION_ORGANISATION, organisation);
		variables.put(RecruitmentProcess.APPLICATION_FIRST_CUSTOMERS, firstCustomers);
		variables.put(RecruitmentProcess.APPLICATION_STRATEGY, strategy);
		variables.put(RecruitmentProcess.APPLICATION_WHY_STRATEGIC, whyStrategic);
		variables.put(RecruitmentProcess.APPLICATION_PROSPECTS, prospects);
		return variables;
	}

	ApplicationFileView forCommittee() {
		return new ApplicationFileView(motivation, organisation, firstCustomers, strategy, whyStrategic, prospects);
	}

	static ApplicationFileData of(Map<String, Object> variables) {
		return new ApplicationFileData(text(variables, RecruitmentProcess.APPLICATION_MOTIVATION),
				text(variables, RecruitmentProcess.APPLICATION_ORGANISATION),
				text(variables, RecruitmentProcess.APPLICATION_FIRST_CUSTOMERS),
				text(variables, RecruitmentProcess.APPLICATION_STRATEGY),
				text(variables, RecruitmentProcess.APPLICATION_WHY_STRATEGIC),
				text(variables, RecruitmentProcess.APPLICATION_PROSPECTS));
	}

	private static String text(Map<String, Object> variables, String name) {
		Object value = variables.get(name);
		return value == null ? null : value.toString();
	}

}
