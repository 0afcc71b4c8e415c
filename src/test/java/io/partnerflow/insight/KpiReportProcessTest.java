package io.partnerflow.insight;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import io.partnerflow.notification.SendNotificationDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.partnerflow.insight.KpiReportProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

/**
 * The monthly KPI report on its own: its timer strikes on the first of each month at 07:00 (the
 * default of {@code partnerflow.kpis.report.cron}) and the report goes out through the mail step, as a
 * job of its own that an SMTP outage retries. The mail step is a stand-in; the clock moves with
 * {@link ClockUtil}.
 */
@Deployment(resources = "bpmn/kpi-report.bpmn")
class KpiReportProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	static final LocalDateTime DEPLOYED = LocalDateTime.of(2026, 3, 15, 10, 0);

	SendNotificationDelegate mail = mock(SendNotificationDelegate.class);

	@BeforeEach
	void standIns() {
		init(extension.getProcessEngine());
		ClockUtil.setCurrentTime(at(DEPLOYED));
		Mocks.register("kpiReportSettings", new KpiReportSettings("0 0 7 1 * ?"));
		Mocks.register("sendNotificationDelegate", mail);
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
		Mocks.reset();
	}

	@Test
	void onTheFirstOfEachMonthAt7TheLeadershipGetsTheKpiReport() throws Exception {
		// given the model deployed mid-March: its timer waits for the first of April at 07:00
		Job timer = timer();
		org.assertj.core.api.Assertions.assertThat(timer.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 4, 1, 7, 0)));

		List<String> sentFrom = new ArrayList<>();
		doAnswer(call -> sentFrom.add(call.<DelegateExecution>getArgument(0).getCurrentActivityId())).when(mail).execute(any());

		// when the first of April comes
		ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 4, 1, 7, 0, 1)));
		execute(timer);

		// then the report waits as a job of its own (asyncBefore), and once it runs the mail step sends it
		ProcessInstance report = processInstanceQuery().processDefinitionKey(KEY).singleResult();
		assertThat(report).isWaitingAt(SEND_REPORT);
		execute(job(report));
		assertThat(report).hasPassed(START_EVENT, SEND_REPORT, END_EVENT).isEnded();
		org.assertj.core.api.Assertions.assertThat(sentFrom).containsExactly(SEND_REPORT);
		// and the next report is due on the first of May
		org.assertj.core.api.Assertions.assertThat(timer().getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 5, 1, 7, 0)));
	}

	@Test
	void aMailServerOutageIsRetriedEveryHalfHourThenAnIncident() throws Exception {
		// given the first of April, and a mail server that refuses the report
		doThrow(new IllegalStateException("SMTP down")).when(mail).execute(any());
		ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 4, 1, 7, 0, 1)));
		execute(timer());
		ProcessInstance report = processInstanceQuery().processDefinitionKey(KEY).singleResult();

		// when the mail step fails
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> managementService().executeJob(job(report).getId()))
			.hasMessageContaining("SMTP down");

		// then it is tried again in 30 minutes, four more times, and then it is an incident in Cockpit
		Job retry = job(report);
		org.assertj.core.api.Assertions.assertThat(retry.getRetries()).isEqualTo(4);
		org.assertj.core.api.Assertions.assertThat(retry.getDuedate())
			.isEqualTo(at(LocalDateTime.of(2026, 4, 1, 7, 30, 1)));
		for (int attempt = 0; attempt < 4; attempt++) {
			String id = job(report).getId();
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> managementService().executeJob(id));
		}
		org.assertj.core.api.Assertions.assertThat(runtimeService().createIncidentQuery().processInstanceId(report.getId()).count())
			.isEqualTo(1);
		assertThat(report).isWaitingAt(SEND_REPORT);
	}

	private static Job timer() {
		return managementService().createJobQuery().timers().processDefinitionKey(KEY).singleResult();
	}

	private static Date at(LocalDateTime local) {
		return Date.from(local.atZone(ZoneId.systemDefault()).toInstant());
	}

}
