package io.partnerflow.insight;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.partnerflow.insight.Kpis.Average;
import io.partnerflow.notification.MailReports;
import org.springframework.stereotype.Component;

/**
 * The monthly KPI report ({@code templates/mail/kpi-report.*}, sent by {@code bpmn/kpi-report.bpmn}):
 * the KPIs of the partners listed in the last month that is over, as {@code GET /api/kpis} gives them
 * for that month, and the chart of the twelve months that end with it ({@link KpiTrendChart}). The
 * template reads {@code report.month}, {@code report.from}, {@code report.to}, each KPI by its name
 * in {@code GET /api/kpis} ({@code report.timeToRecruit}, {@code report.contractSignatureRate}, ...,
 * written in the mail's language, "–" of no partner) with the partners it is computed from
 * ({@code report.timeToRecruitPartners}, ...), and each funnel step's partners
 * ({@code report.funnel.LISTED}, ...). The chart is the image {@code cid:kpi-trend}.
 */
@Component
class KpiReport implements MailReports {

	static final String PURPOSE = "kpis";

	static final String CHART = "kpi-trend";

	static final int TREND_MONTHS = 12;

	private static final String NONE = "–";

	private final KpiService kpis;

	private final Clock clock;

	KpiReport(KpiService kpis, Clock clock) {
		this.kpis = kpis;
		this.clock = clock;
	}

	@Override
	public String purpose() {
		return PURPOSE;
	}

	@Override
	public Report write(Locale language) {
		LocalDate today = LocalDate.now(clock);
		// the month before the one the timer struck in: its cron runs in the server's time zone, the days in UTC
		YearMonth month = YearMonth.now(clock.withZone(ZoneId.systemDefault())).minusMonths(1);
		KpiTrend trend = KpiTrend.of(kpis, TREND_MONTHS, month, today);
		Kpis figures = trend.months().get(trend.months().size() - 1);
		NumberFormat percent = NumberFormat.getPercentInstance(language);
		NumberFormat decimal = NumberFormat.getNumberInstance(language);
		decimal.setMaximumFractionDigits(1);
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("month", month.format(DateTimeFormatter.ofPattern("MMMM yyyy", language)));
		content.put("from", figures.from());
		content.put("to", figures.to());
		average(content, "timeToRecruit", figures.timeToRecruit(), decimal);
		average(content, "timeToFirstDeal", figures.timeToFirstDeal(), decimal);
		average(content, "timeToCommercialAutonomy", figures.timeToCommercialAutonomy(), decimal);
		average(content, "timeToTechnicalAutonomy", figures.timeToTechnicalAutonomy(), decimal);
		content.put("contractSignatureRate", format(figures.contractSignatureRate().rate(), percent));
		content.put("contractSignatureRatePartners", figures.contractSignatureRate().partners());
		content.put("activeSixMonthsAfterSignature", format(figures.activeSixMonthsAfterSignature().rate(), percent));
		content.put("activeSixMonthsAfterSignaturePartners", figures.activeSixMonthsAfterSignature().partners());
		content.put("recruitmentCost", NumberFormat.getIntegerInstance(language).format(figures.recruitmentCost().total()));
		Map<String, Long> funnel = new LinkedHashMap<>();
		figures.funnel().forEach(step -> funnel.put(step.step(), step.partners()));
		content.put("funnel", funnel);
		content.put("trendFrom", YearMonth.from(trend.from()).format(DateTimeFormatter.ofPattern("MMMM yyyy", language)));
		return new Report(content, List.of(new InlineImage(CHART, "image/png", KpiTrendChart.png(trend, language))));
	}

	private static void average(Map<String, Object> content, String name, Average average, NumberFormat decimal) {
		content.put(name, format(average.averageDays(), decimal));
		content.put(name + "Partners", average.partners());
	}

	private static String format(BigDecimal value, NumberFormat format) {
		return value == null ? NONE : format.format(value);
	}

}
