package io.partnerflow.notification;

import java.util.Date;
import java.util.List;
import java.util.Map;

import io.partnerflow.IntegrationTest;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.demo.MailCatcher.CaughtMail;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestPartners;
import io.partnerflow.system.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Mail from a model through the real SMTP path: the demo profile's catcher is a GreenMail server.
 * An outage becomes retries and an incident; a retry after the outage delivers once; a job
 * retried after its mail went out does not send it again. A model whose mail does not fit its
 * template is not deployed.
 */
@IntegrationTest
class NotificationIntegrationTest {

	static final String PROCESS = "notification-test";

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	PartnerService partners;

	@Autowired
	IdentityService identityService;

	@Autowired
	MailCatcher mailCatcher;

	@Autowired
	NotificationService notifications;

	@Autowired
	SentMails sentMails;

	@Autowired
	Jobs jobs;

	Partner partner;

	@BeforeEach
	void deployTestModelAndListAPartner() {
		if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
			repositoryService.createDeployment().addClasspathResource("notification-test.bpmn").deploy();
		}
		partner = partners.register(TestPartners.candidate("Mailed"), "rita");
	}

	@AfterEach
	void restore() {
		ClockUtil.reset();
		mailCatcher.start();
	}

	@Test
	void theMailArrivesWithItsRecipientsSubjectAndBody() {
		// given
		ProcessInstance instance = start(true);

		// when
		jobs.runDue();

		// then
		CaughtMail mail = single(mailsAboutPartner());
		assertThat(mail.to()).as("the recruiter, named in the model").containsExactly("rita@partnerflow.test");
		assertThat(mail.cc()).isEmpty();
		assertThat(mailCatcher.mailsReceivedBy("mona@partnerflow.test")).as("the managers, in Bcc")
			.filteredOn(received -> received.subject().contains(partner.getReference())) // the suite's other mails to mona
			.extracting(CaughtMail::messageId)
			.containsExactly(mail.messageId());
		assertThat(mail.subject()).isEqualTo("New candidate " + partner.getCompany() + " (" + partner.getReference() + ")");
		assertThat(mail.messageId())
			.isEqualTo(MimeMails.messageId(instance.getId() + "/ServiceTask_TellRecruiter"));
		assertThat(mail.text()).contains("Company:          " + partner.getCompany())
			.contains("Contact:          Jeanne Martin <" + partner.getContactEmail() + ">")
			.contains("Recruiter:        Rita Recruiter")
			.contains("/camunda/app/tasklist/");
		assertThat(ended(instance)).isTrue();
	}

	@Test
	void mailsAreBuiltWithANamedStreamProviderNotAClasspathScan() {
		jobs.runDue();
		assertThat(System.getProperty(MimeMails.STREAM_PROVIDER))
			.isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
		assertThat(jakarta.mail.util.StreamProvider.provider().getClass().getName())
			.isEqualTo(System.getProperty(MimeMails.STREAM_PROVIDER));
	}

	@Test
	void anSmtpOutageBecomesRetriesThenAnIncidentAndARetryDeliversOnce() {
		// given the SMTP server is down
		mailCatcher.stop();
		ProcessInstance instance = start(true);
		Job job = jobOf(instance);

		// when the job fails three times, five minutes apart
		runJobAt(job, 0);
		assertThat(jobOf(instance).getRetries()).isEqualTo(2);
		assertThat(jobOf(instance).getExceptionMessage()).contains("Mail server connection failed");
		runJobAt(job, 6);
		runJobAt(job, 12);

		// then an incident waits for someone in Cockpit
		assertThat(jobOf(instance).getRetries()).isZero();
		assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);

		// when the server is back and the incident is retried (what Cockpit's "retry" does)
		mailCatcher.start();
		managementService.setJobRetries(job.getId(), 1);
		runJobAt(job, 18);

		// then the mail arrives once and the instance goes on
		assertThat(timesSent()).isEqualTo(1);
		assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
		assertThat(ended(instance)).isTrue();
	}

	@Test
	void aJobRetriedAfterItsMailWentOutDoesNotSendItAgain() {
		// given the step after the mail fails, so the job's transaction rolls back after sending
		ProcessInstance instance = start(false);
		runJobAt(jobOf(instance), 0);
		assertThat(timesSent()).isEqualTo(1);
		assertThat(jobOf(instance).getRetries()).isEqualTo(2);

		// when the cause is fixed and the job runs again
		runtimeService.setVariable(instance.getId(), "allowContinue", true);
		runJobAt(jobOf(instance), 6);

		// then the instance goes on, and the mail was not sent a second time
		assertThat(ended(instance)).isTrue();
		assertThat(timesSent()).isEqualTo(1);
	}

	@Test
	void aKeyAlreadyUsedSendsNothing() {
		String key = "test/" + partner.getReference();

		boolean first = notifications.send(key, "application-reminder", partner.getReference(), toThePartner(), Map.of());
		boolean second = notifications.send(key, "application-reminder", partner.getReference(), toThePartner(), Map.of());

		assertThat(first).isTrue();
		assertThat(second).isFalse();
		assertThat(single(mailsAboutPartner()).to()).containsExactly(partner.getContactEmail());
	}

	@Test
	void aMailTheServerCannotTakeLeavesItsKeyFreeForTheNextAttempt() {
		// given the SMTP server is down
		String key = "test/refused/" + partner.getReference();
		mailCatcher.stop();

		// when a mail is sent
		Throwable refused = catchThrowable(
				() -> notifications.send(key, "application-reminder", partner.getReference(), toThePartner(), Map.of()));

		// then the failure is thrown for the job to retry, and nothing is recorded
		assertThat(refused).isNotNull();
		assertThat(sentMails.contains(key)).isFalse();
	}

	@Test
	void anInternalNoticeAddressedToThePartnerIsRefusedAndNothingIsSent() {
		// when
		Throwable refused = catchThrowable(() -> notifications.send("test/internal/" + partner.getReference(),
				"candidate-listed", partner.getReference(),
				List.of(RecipientSpec.recruiterOf(partner.getReference()), RecipientSpec.partnerOf(partner.getReference())),
				Map.of()));

		// then
		assertThat(refused).isInstanceOf(MisaddressedMailException.class)
			.hasMessageContaining("candidate-listed is an internal notice: the partner may not receive it");
		assertThat(mailsAboutPartner()).isEmpty();
	}

	@Test
	void aLetterToThePartnerWithStaffInCopyIsRefusedAndNothingIsSent() {
		// when
		Throwable refused = catchThrowable(() -> notifications.send("test/letter/" + partner.getReference(),
				"application-reminder", partner.getReference(),
				List.of(RecipientSpec.partnerOf(partner.getReference()), RecipientSpec.group(Groups.MANAGERS)), Map.of()));

		// then
		assertThat(refused).isInstanceOf(MisaddressedMailException.class)
			.hasMessageContaining("application-reminder is a letter to the partner: the group managers may not receive it");
		assertThat(mailsAboutPartner()).isEmpty();
	}

	@Test
	void anInternalNoticeNeverReachesThePartnerThroughAColleaguesAddress() {
		// given a user whose profile e-mail was changed to the partner's contact
		String id = "mallory" + partner.getId();
		User user = identityService.newUser(id);
		user.setEmail(partner.getContactEmail());
		identityService.saveUser(user);
		try {
			// when
			Throwable refused = catchThrowable(() -> notifications.send("test/colleague/" + partner.getReference(),
					"candidate-listed", partner.getReference(), List.of(RecipientSpec.user(id)), Map.of()));

			// then
			assertThat(refused).isInstanceOf(MisaddressedMailException.class)
				.hasMessageContaining("has the e-mail of the partner's contact");
			assertThat(mailsAboutPartner()).isEmpty();
		}
		finally {
			identityService.deleteUser(id);
		}
	}

	@Test
	void aModelWhoseLetterToThePartnerCopiesTheManagersIsNotDeployed() {
		// given a model whose letter to the partner has the managers in copy
		BpmnModelInstance model = MailStepModels.model("misaddressed-letter",
				Map.of("template", "application-reminder", "partner", "true", "groupManagers", "true"));

		// when it is deployed
		Throwable refused = catchThrowable(
				() -> repositoryService.createDeployment().addModelInstance("misaddressed-letter.bpmn", model).deploy());

		// then the engine refuses it, naming the step and why, before anything runs
		assertThat(refused).isInstanceOf(ParseException.class)
			.hasMessageContaining(MailStepModels.TASK
					+ ": Mail template application-reminder is a letter to the partner: the group managers may not receive it");
		assertThat(((ParseException) refused).getResorceReports().get(0).getErrors()).extracting(Problem::getMainElementId)
			.containsExactly(MailStepModels.TASK);
		assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("misaddressed-letter").count())
			.isZero();
	}

	private ProcessInstance start(boolean allowContinue) {
		Map<String, Object> variables = new java.util.HashMap<>();
		if (allowContinue) {
			variables.put("allowContinue", true);
		}
		return runtimeService.startProcessInstanceByKey(PROCESS, partner.getReference(), variables);
	}

	private List<RecipientSpec> toThePartner() {
		return List.of(RecipientSpec.partnerOf(partner.getReference()));
	}

	private Job jobOf(ProcessInstance instance) {
		return managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
	}

	/** Runs the job as the job executor would, {@code minutes} after now. */
	private void runJobAt(Job job, int minutes) {
		ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + minutes * 60_000L));
		try {
			managementService.executeJob(job.getId());
		}
		catch (RuntimeException expected) {
			// the failure is recorded on the job: retries and exception message
		}
	}

	private boolean ended(ProcessInstance instance) {
		return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
	}

	private List<CaughtMail> mailsAboutPartner() {
		return mailCatcher.mails().stream().filter(m -> m.subject().contains(partner.getReference())).toList();
	}

	/**
	 * How many times the mail about the partner was sent: the SMTP server keeps a copy per
	 * recipient (the test model's mail reaches rita and mona), and a mail sent twice leaves twice as many copies.
	 */
	private long timesSent() {
		long copies = mailCatcher.deliveries().stream().filter(m -> m.subject().contains(partner.getReference())).count();
		return copies / 2;
	}

	private static CaughtMail single(List<CaughtMail> mails) {
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

}
