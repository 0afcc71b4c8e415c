package io.partnerflow.recruitment;

import java.util.LinkedHashMap;
import java.util.Map;

import io.partnerflow.committee.ApplicationFileView;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The application file's answers (recruitment step 7), as the API and the portal receive them and
 * as the tables keep them (embedded in the file and in the portal's draft: the same six columns).
 */
@Embeddable
public record ApplicationFileData(
		@NotBlank @Size(max = ApplicationFileData.MAX_ANSWER) String motivation,
		@NotBlank @Size(max = ApplicationFileData.MAX_ANSWER) String organisation,
		@NotBlank @Size(max = ApplicationFileData.MAX_ANSWER) String firstCustomers,
		@NotBlank @Size(max = ApplicationFileData.MAX_ANSWER) String strategy,
		@NotBlank @Size(max = ApplicationFileData.MAX_ANSWER) String whyStrategic,
		@NotBlank @Size(max = ApplicationFileData.MAX_ANSWER) String prospects) {

	/** The longest answer, in characters (the columns' size). */
	public static final int MAX_ANSWER = 4000;

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
