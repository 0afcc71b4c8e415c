package io.partnerflow.insight;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.system.Groups;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The manager KPIs of the partners listed in a period: {@code GET /api/kpis?from=YYYY-MM-DD&to=YYYY-MM-DD},
 * the same as a CSV file, {@code GET /api/kpis/export.csv?from=&to=}, and month by month,
 * {@code GET /api/kpis/trend?months=12} (1 to 36 months, ending with the current one), and the progress
 * against a year's recruitment plan, {@code GET /api/kpis/plan-progress/{year}}.
 */
@RestController
@Validated
@PreAuthorize(Groups.MANAGERS_ONLY)
class KpiController {

	private final KpiService kpis;

	private final PlanProgressService plans;

	private final ObjectMapper json;

	private final Clock clock;

	KpiController(KpiService kpis, PlanProgressService plans, ObjectMapper json, Clock clock) {
		this.kpis = kpis;
		this.plans = plans;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/api/kpis")
	Kpis kpis(@RequestParam MultiValueMap<String, String> query) {
		return kpis.compute(KpiPeriod.of(query, LocalDate.now(clock)));
	}

	@GetMapping("/api/kpis/trend")
	KpiTrend trend(@RequestParam MultiValueMap<String, String> query) {
		int months = KpiTrend.months(query);
		LocalDate today = LocalDate.now(clock);
		return KpiTrend.of(kpis, months, YearMonth.from(today), today);
	}

	/** The year's progress against its recruitment plan (404 when no plan is drawn up for it). */
	@GetMapping("/api/kpis/plan-progress/{year}")
	PlanProgress planProgress(@PathVariable @Min(2000) @Max(2999) int year) {
		return plans.of(year);
	}

	@GetMapping("/api/kpis/export.csv")
	void csv(@RequestParam MultiValueMap<String, String> query, HttpServletResponse response) throws IOException {
		Kpis figures = kpis(query);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("kpis-" + figures.from() + "-" + figures.to() + ".csv")
			.build()
			.toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		KpiCsv.write(figures, json, out);
		out.flush();
	}

}
