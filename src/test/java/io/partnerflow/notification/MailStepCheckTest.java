package io.partnerflow.notification;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.partnerflow.system.Groups;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A mail step's typed recipients against its template's audience, as the deployment checks them: a
 * letter to the partner with its recruiter in copy, an internal notice to staff, and nothing else.
 */
class MailStepCheckTest {

	final MailTemplates templates = new MailTemplates();

	@Test
	void aLetterToThePartnerWithItsRecruiterInCopyAndANoticeToStaffPass() {
		assertThat(problems(Map.of("template", "application-requested", "partner", "true", "recruiter", "true"))).isEmpty();
		assertThat(problems(Map.of("template", "partner-signed", "recruiter", "true", "groupManagers", "true",
				"groupSales", "true", "partner", "false")))
			.isEmpty();
		assertThat(problems(Map.of("template", "committee-convened", "user", "${member}", "key", "${member}"))).isEmpty();
	}

	@Test
	void theLettersThePortalSendsToItsAccountsAreNoModelsToSend() {
		assertThat(problems(Map.of("template", "portal-password-reset", "partner", "true"))).containsExactly(
				"Mail template portal-password-reset is sent by the partner portal itself, to one of its accounts, never by a model");
		assertThat(problems(Map.of("template", "portal-colleague-invitation", "partner", "true"))).hasSize(1);
	}

	@Test
	void aLetterToThePartnerWithAGroupInCopyIsRefused() {
		assertThat(problems(Map.of("template", "application-reminder", "partner", "true", "groupManagers", "true")))
			.containsExactly("Mail template application-reminder is a letter to the partner: the group managers may not"
					+ " receive it (staff addresses stay out of a partner's letter; only its recruiter is in copy)");
	}

	@Test
	void anInternalNoticeToThePartnerIsRefused() {
		assertThat(problems(Map.of("template", "candidate-listed", "partner", "true", "recruiter", "true")))
			.containsExactly("Mail template candidate-listed is an internal notice: the partner may not receive it;"
					+ " send it a letter of its own");
		assertThat(problems(Map.of("template", "committee-rejection", "partner", "true", "user", "${member}")))
			.containsExactly("Mail template committee-rejection is a letter to the partner: the user ${member} may not"
					+ " receive it (staff addresses stay out of a partner's letter; only its recruiter is in copy)");
	}

	@Test
	void aLetterThatDoesNotGoToThePartnerAndAStepToNobodyAreRefused() {
		assertThat(problems(Map.of("template", "application-reminder", "recruiter", "true")))
			.containsExactly("Mail template application-reminder is a letter to the partner: set partner to true");
		assertThat(problems(Map.of("template", "candidate-listed", "recruiter", "false"))).containsExactly(
				"the step names no recipient: set partner, recruiter or a group field to true, or name a user");
	}

	@Test
	void aReportIsAboutNoPartnerSoNeitherItsContactNorItsRecruiterReceivesIt() {
		assertThat(problems(Map.of("template", "kpi-report", "groupLeadership", "true"))).isEmpty();
		assertThat(problems(Map.of("template", "kpi-report", "groupLeadership", "true", "recruiter", "true")))
			.containsExactly("Mail template kpi-report is a report, about no partner: the partner's recruiter cannot"
					+ " receive it; name groups or users");
		assertThat(problems(Map.of("template", "kpi-report", "partner", "true"))).first()
			.asString()
			.startsWith("Mail template kpi-report is an internal notice: the partner may not receive it");
	}

	@Test
	void aYesOrNoIsTrueOrFalseAndTheTemplateANameNeitherAnExpression() {
		assertThat(problems(Map.of("template", "candidate-listed", "recruiter", "true", "groupSales", "yes")))
			.containsExactly("the field groupSales is true or false, not 'yes'");
		assertThat(problems(Map.of("template", "candidate-listed", "recruiter", "${notify}", "groupSales", "true")))
			.containsExactly("the field recruiter is true or false, not an expression: it is checked at deployment");
		assertThat(problems(Map.of("template", "${template}", "recruiter", "true"))).containsExactly(
				"the field template names a mail template, not an expression: its audience is checked at deployment");
	}

	@Test
	void aGroupPartnerFlowDoesNotKnowAndTheRecipientsAsTextAreRefused() {
		assertThat(problems(Map.of("template", "candidate-listed", "recruiter", "true", "groupAccounting", "true")))
			.singleElement()
			.asString()
			.startsWith("a mail step has no field groupAccounting (template, partner, recruiter, groupRecruiters,");
		assertThat(problems(Map.of("template", "candidate-listed", "to", "recruiter, group:managers"))).containsExactly(
				"the field to (recipients as text) is no longer read: set partner, recruiter or a group field to true,"
						+ " or name a user",
				"the step names no recipient: set partner, recruiter or a group field to true, or name a user");
	}

	@Test
	void everyGroupOfPartnerFlowHasItsField() {
		assertThat(MailStep.GROUP_FIELDS.keySet()).containsExactlyElementsOf(Groups.BUSINESS.stream().map(g -> g[0]).toList());
		assertThat(MailStep.GROUP_FIELDS).containsEntry(Groups.MANAGERS, "groupManagers")
			.containsEntry(Groups.COMMITTEE_CHAIR, "groupChair");
	}

	@Test
	void aNewDeploymentWithAMisaddressedMailIsRefusedNamingTheStep() {
		// given
		DeploymentEntity deployment = deployment(true,
				Map.of("template", "candidate-listed", "partner", "true", "recruiter", "true"));

		// when
		ParseException refused = catchThrowableOfType(ParseException.class, () -> new MailStepCheck().deploy(deployment));

		// then
		assertThat(refused).hasMessageStartingWith("The mail steps of mail.bpmn do not fit their templates: "
				+ MailStepModels.TASK + ": Mail template candidate-listed is an internal notice");
		assertThat(refused.getResorceReports()).singleElement()
			.satisfies(report -> assertThat(report.getErrors()).extracting(Problem::getMainElementId)
				.containsExactly(MailStepModels.TASK));
	}

	/** The engine reads a definition deployed before from the database again: its instances run on with {@code to}. */
	@Test
	void aDefinitionDeployedBeforeTheTypedFieldsIsReadAgain() {
		DeploymentEntity deployment = deployment(false, Map.of("template", "candidate-listed", "to", "recruiter"));

		assertThatCode(() -> new MailStepCheck().deploy(deployment)).doesNotThrowAnyException();
	}

	private java.util.List<String> problems(Map<String, String> fields) {
		return MailStepModels.step(fields).problems(templates);
	}

	private static DeploymentEntity deployment(boolean isNew, Map<String, String> fields) {
		ResourceEntity resource = new ResourceEntity();
		resource.setName("mail.bpmn");
		resource.setBytes(Bpmn.convertToString(MailStepModels.model("mail", fields)).getBytes(StandardCharsets.UTF_8));
		DeploymentEntity deployment = new DeploymentEntity();
		deployment.addResource(resource);
		deployment.setNew(isNew);
		return deployment;
	}

}
