package io.partnerflow.notification;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.partnerflow.IntegrationTest;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.demo.MailCatcher.CaughtMail;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.support.TestPartners;
import io.partnerflow.system.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMTP server is down for a whole retry cycle while 200 mails are due: each becomes an
 * incident in Cockpit; once the server is back, retrying the incidents delivers every mail once.
 */
@IntegrationTest
class SmtpOutageTest {

	static final int MAILS = 200;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	PartnerService partners;

	@Autowired
	MailCatcher mailCatcher;

	@Autowired
	IdentityService identityService;

	/** Where Camunda writes each failed attempt (ENGINE-16004), with its whole stack: 600 of them here. */
	static final String FAILED_ATTEMPTS = "org.camunda.bpm.engine.context";

	final LoggingSystem logging = LoggingSystem.get(SmtpOutageTest.class.getClassLoader());

	@AfterEach
	void restore() {
		ClockUtil.reset();
		mailCatcher.start();
		logging.setLogLevel(FAILED_ATTEMPTS, null);
	}

	@Test
	void twoHundredMailsDueDuringAnOutageAreDeliveredOnceEachAfterTheIncidentsAreRetried() {
		// given 200 mails due while the SMTP server is down
		if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("notification-test").count() == 0) {
			repositoryService.createDeployment().addClasspathResource("notification-test.bpmn").deploy();
		}
		String batch = "Outage" + System.nanoTime();
		List<String> instances = new java.util.ArrayList<>();
		for (int i = 0; i < MAILS; i++) {
			String reference = partners.register(TestPartners.candidate(batch), "rita").getReference();
			instances.add(runtimeService
				.startProcessInstanceByKey("notification-test", reference,
						Map.of("allowContinue", true))
				.getId());
		}
		mailCatcher.stop();
		// the 600 failed attempts end as the incidents checked below: their traces in the build's log only slow it down
		logging.setLogLevel(FAILED_ATTEMPTS, LogLevel.OFF);

		// when the retry cycle (3 attempts, 5 minutes apart) runs out
		for (int minutes : new int[] { 0, 6, 12 }) {
			runJobsAt(instances, minutes);
		}

		// then every mail is an incident, and nothing went out
		assertThat(instances.stream()
			.mapToLong(id -> runtimeService.createIncidentQuery().processInstanceId(id).count())
			.sum()).isEqualTo(MAILS);
		assertThat(mailCatcher.deliveries().stream().filter(aboutBatch(batch))).isEmpty();

		// when the server is back and the incidents are retried, as Cockpit does
		mailCatcher.start();
		managementService.setJobRetries(jobs(instances).stream().map(Job::getId).toList(), 1);
		runJobsAt(instances, 18);

		// then each of the 200 mails arrived once, a copy for each recipient (the recruiter, the managers in Bcc),
		// and every instance went on
		Map<String, Long> copies = mailCatcher.deliveries()
			.stream()
			.filter(aboutBatch(batch))
			.collect(Collectors.groupingBy(CaughtMail::messageId, Collectors.counting()));
		assertThat(copies).hasSize(MAILS);
		assertThat(copies.values()).containsOnly(1 + managersWithAnAddress());
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(instances)).count())
			.isZero();
	}

	private long managersWithAnAddress() {
		return identityService.createUserQuery()
			.memberOfGroup(Groups.MANAGERS)
			.list()
			.stream()
			.filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
			.count();
	}

	private void runJobsAt(List<String> instances, int minutes) {
		ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + minutes * 60_000L));
		for (Job job : jobs(instances)) {
			try {
				managementService.executeJob(job.getId());
			}
			catch (RuntimeException smtpDown) {
				// recorded on the job: one retry less
			}
		}
	}

	private List<Job> jobs(List<String> instances) {
		return managementService.createJobQuery().processInstanceIds(new java.util.HashSet<>(instances)).list();
	}

	private static Predicate<CaughtMail> aboutBatch(String batch) {
		return mail -> mail.subject().contains(batch);
	}

}
