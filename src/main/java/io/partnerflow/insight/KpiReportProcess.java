package io.partnerflow.insight;

import io.partnerflow.system.ProcessKeys;

/** The monthly KPI report's model ({@code bpmn/kpi-report.bpmn}): its key and element ids. */
public final class KpiReportProcess {

	public static final String KEY = ProcessKeys.KPI_REPORT;

	public static final String START_EVENT = "StartEvent_MonthStarted";

	public static final String SEND_REPORT = "ServiceTask_SendKpiReport";

	public static final String END_EVENT = "EndEvent_KpiReportSent";

	/** The mail template of the report. */
	public static final String TEMPLATE = "kpi-report";

	private KpiReportProcess() {
	}

}
