package io.partnerflow.insight;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import io.partnerflow.IntegrationTest;
import io.partnerflow.demo.MailCatcher;
import io.partnerflow.demo.MailCatcher.CaughtImage;
import io.partnerflow.demo.MailCatcher.CaughtMail;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.support.Jobs;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly KPI report through the real model, mail path and SMTP server (the demo profile's
 * GreenMail catcher): when the timer strikes on 2005-12-01 (a year no other test uses), leo of the
 * leadership gets the KPIs of the partners listed in November 2005 in English, with the twelve
 * months' chart as an inline PNG; nobody outside the leadership gets it, and it is sent once.
 */
@IntegrationTest
class KpiReportIntegrationTest {

	static final String LEO = "leo@partnerflow.test";

	@Autowired
	ManagementService managementService;

	@Autowired
	HistoryService historyService;

	@Autowired
	PartnerService partners;

	@Autowired
	MailCatcher mailCatcher;

	@Autowired
	Jobs jobs;

	ListedPartners listed;

	@BeforeEach
	void partners() {
		listed = new ListedPartners(partners);
	}

	@AfterEach
	void restoreClock() {
		ClockUtil.reset();
	}

	@Test
	void onTheFirstOfTheMonthTheLeadershipGetsTheMonthsKpisAndTheirChart() throws Exception {
		// given three partners listed in November 2005 (two applied, one signed) and one in October
		listed.signed(listed.listed("2005-10-31T23:59:59Z"), "2005-11-15");
		listed.signed(listed.listed("2005-11-01T00:00:00Z"), "2005-11-20");
		String rejected = listed.listed("2005-11-10T00:00:00Z");
		listed.applied(rejected, "2005-11-12");
		listed.move(rejected, "2005-11-13T00:00:00Z", PartnerStatus.REJECTED);
		listed.listed("2005-11-30T23:59:59Z");

		// when the report's timer strikes on the first of December
		ListedPartners.at("2005-12-01T07:00:00Z");
		Job timer = managementService.createJobQuery().processDefinitionKey(KpiReportProcess.KEY).timers().singleResult();
		managementService.executeJob(timer.getId());
		jobs.runDue();

		// then leo reads the KPIs of November in English (his language), with the chart inline
		List<CaughtMail> reports = mailCatcher.mailsReceivedBy(LEO)
			.stream()
			.filter(mail -> mail.subject().equals("Partner KPIs of November 2005"))
			.toList();
		assertThat(reports).hasSize(1);
		CaughtMail report = reports.get(0);
		assertThat(report.text()).contains("partners listed in November 2005 (2005-11-01 to 2005-11-30)")
			.contains("  Listed      3", "  Applied     2", "  Signed      1", "  Exited      0")
			.contains("Contract signature rate:          50%, of 2 that applied")
			.contains("Time to recruit:              19.6 days (partners: 1)")
			.contains("month by month since December 2004")
			.contains("/camunda/app/cockpit/default/#/dashboard");
		assertThat(report.images()).hasSize(1);
		CaughtImage chart = report.images().get(0);
		assertThat(chart.contentId()).isEqualTo(KpiReport.CHART);
		assertThat(chart.contentType()).isEqualTo("image/png");
		// kept beside the browser tests' screenshots, to look at
		Files.createDirectories(Path.of("target/screenshots"));
		Files.write(Path.of("target/screenshots/kpi-report-chart.png"), chart.bytes());
		BufferedImage png = ImageIO.read(new ByteArrayInputStream(chart.bytes()));
		assertThat(png.getWidth()).isEqualTo(KpiTrendChart.WIDTH);
		assertThat(png.getHeight()).isEqualTo(KpiTrendChart.HEIGHT);
		// nobody outside the leadership, the managers neither
		assertThat(mailCatcher.mailsReceivedBy("mona@partnerflow.test")).noneMatch(mail -> mail.messageId().equals(report.messageId()));
		assertThat(report.to()).doesNotContain(LEO); // the group is in Bcc
		assertThat(historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey(KpiReportProcess.KEY)
			.finished()
			.count()).isPositive();
	}

}
