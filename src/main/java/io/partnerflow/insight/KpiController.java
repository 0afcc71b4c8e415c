package io.partnerflow.insight;

import java.time.Clock;
import java.time.LocalDate;

import io.partnerflow.system.Groups;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The manager KPIs of the partners listed in a period: {@code GET /api/kpis?from=YYYY-MM-DD&to=YYYY-MM-DD}. */
@RestController
@PreAuthorize(Groups.MANAGERS_ONLY)
class KpiController {

	private final KpiService kpis;

	private final Clock clock;

	KpiController(KpiService kpis, Clock clock) {
		this.kpis = kpis;
		this.clock = clock;
	}

	@GetMapping("/api/kpis")
	Kpis kpis(@RequestParam MultiValueMap<String, String> query) {
		LocalDate today = LocalDate.now(clock);
		return kpis.compute(KpiPeriod.of(query, today));
	}

}
