package io.partnerflow.insight;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the monthly KPI report goes out, from {@code partnerflow.kpis.report.cron}: a Camunda (Quartz)
 * cron expression, seconds first; by default the 1st of each month at 07:00 (the server's time zone),
 * for the month just over. The model's timer reads it.
 */
@Component("kpiReportSettings")
public class KpiReportSettings {

	private final String cron;

	public KpiReportSettings(@Value("${partnerflow.kpis.report.cron}") String cron) {
		this.cron = cron;
	}

	public String getCron() {
		return cron;
	}

}
