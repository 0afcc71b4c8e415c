package io.partnerflow.insight;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.system.Groups;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The manager KPIs of the partners listed in a period: {@code GET /api/kpis?from=YYYY-MM-DD&to=YYYY-MM-DD},
 * and the same as a CSV file, {@code GET /api/kpis/export.csv?from=&to=}.
 */
@RestController
@PreAuthorize(Groups.MANAGERS_ONLY)
class KpiController {

	private final KpiService kpis;

	private final ObjectMapper json;

	private final Clock clock;

	KpiController(KpiService kpis, ObjectMapper json, Clock clock) {
		this.kpis = kpis;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/api/kpis")
	Kpis kpis(@RequestParam MultiValueMap<String, String> query) {
		return kpis.compute(KpiPeriod.of(query, LocalDate.now(clock)));
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
