package io.partnerflow.monitoring;

import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.partnerflow.IntegrationTest;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.support.TestPartners;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * However often the open tasks and incidents are read, the database answers one statement in each
 * freshness window (production's 15 s, on an instance of its own beside the application's), and
 * its counts are the engine's.
 */
@IntegrationTest
class OpenWorkTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	PartnerService partners;

	@Test
	void aScrapeStormCostsOneStatementAWindow() {
		// given the gauges of production's freshness, the mail model among the deployed ones
		MetricsIntegrationTest.deployMailModel(repositoryService);
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		OpenWork work = new OpenWork(jdbc, Duration.ofSeconds(15));
		work.bindTo(meters);
		work.registerDeployedModels();
		long recruitmentTasks = taskService.createTaskQuery().processDefinitionKey("partner-recruitment").count();

		// when 200 scrapes read every gauge
		for (int scrape = 0; scrape < 200; scrape++) {
			meters.find("partnerflow.tasks.open").gauges().forEach(Gauge::value);
			meters.find("partnerflow.incidents.open").gauges().forEach(Gauge::value);
		}

		// then one statement answered them all, with the engine's counts, a gauge for every deployed model
		assertThat(meters.get("partnerflow.monitoring.open.work.query").timer().count()).isEqualTo(1);
		assertThat(meters.get("partnerflow.tasks.open").tag("process", "partner-recruitment").gauge().value())
			.isEqualTo(recruitmentTasks);
		assertThat(meters.find("partnerflow.tasks.open").gauges()).hasSize(
				(int) repositoryService.createProcessDefinitionQuery().latestVersion().count());

		// and an incident raised within the window is counted at the next window only
		String process = "process";
		double incidents = meters.get("partnerflow.incidents.open").tag(process, MetricsIntegrationTest.MAIL_MODEL).gauge().value();
		ProcessInstance waiting = runtimeService.startProcessInstanceByKey(MetricsIntegrationTest.MAIL_MODEL,
				partners.register(TestPartners.candidate("Counted"), "rita").getReference(), Map.of("allowContinue", true));
		Incident raised = runtimeService.createIncident("metrics-test", waiting.getId(), "raised by OpenWorkTest");
		try {
			assertThat(meters.get("partnerflow.incidents.open").tag(process, MetricsIntegrationTest.MAIL_MODEL).gauge().value())
				.isEqualTo(incidents);
			assertThat(meters.get("partnerflow.monitoring.open.work.query").timer().count()).isEqualTo(1);
			OpenWork fresh = new OpenWork(jdbc, Duration.ZERO);
			SimpleMeterRegistry now = new SimpleMeterRegistry();
			fresh.bindTo(now);
			fresh.registerDeployedModels();
			assertThat(now.get("partnerflow.incidents.open").tag(process, MetricsIntegrationTest.MAIL_MODEL).gauge().value())
				.as("counted by a fresh read").isEqualTo(incidents + 1);
		}
		finally {
			runtimeService.resolveIncident(raised.getId());
			runtimeService.deleteProcessInstance(waiting.getId(), "OpenWorkTest");
		}
	}

}
