package io.partnerflow.insight;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import io.partnerflow.system.BadRequestException;
import org.springframework.util.MultiValueMap;

/**
 * What part of the history a heat map shows: the passages that began in the days [from, to] (UTC,
 * both inclusive; either end open when absent), of the version shown or of every version of its
 * model ({@code versions=all}). Read from the query parameters {@code from}, {@code to} and
 * {@code versions}.
 */
record HeatScope(LocalDate from, LocalDate to, boolean allVersions) {

	private static final Set<String> PARAMETERS = Set.of("from", "to", "versions");

	/** Before any history and after all of it: an open end of the window, so that one query serves both. */
	private static final LocalDate DAWN = LocalDate.of(1970, 1, 1);

	private static final LocalDate DUSK = LocalDate.of(9999, 1, 1);

	static HeatScope of(MultiValueMap<String, String> query) {
		for (String name : query.keySet()) {
			if (!PARAMETERS.contains(name)) {
				throw new BadRequestException(KpiPeriod.abbreviate(name), "is not a parameter of this request (from, to, versions)");
			}
			if (query.get(name).size() > 1) {
				throw new BadRequestException(name, "must be given once");
			}
		}
		LocalDate from = KpiPeriod.date(query, "from", null);
		LocalDate to = KpiPeriod.date(query, "to", null);
		if (from != null && to != null && from.isAfter(to)) {
			throw new BadRequestException("from", "must not be after to (" + to + ")");
		}
		String versions = query.getFirst("versions");
		if (versions != null && !versions.equals("all") && !versions.equals("this")) {
			throw new BadRequestException("versions", "must be this or all");
		}
		return new HeatScope(from, to, "all".equals(versions));
	}

	/** The first instant of the window. */
	Timestamp start() {
		return Timestamp.from((from == null ? DAWN : from).atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	/** The first instant after the window. */
	Timestamp end() {
		return Timestamp.from((to == null ? DUSK : to.plusDays(1)).atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	/**
	 * The column of Camunda's history tables that selects the scope, to compare with {@link #definition}: never a
	 * user's text, so that it can be part of the query.
	 */
	String definitionColumn() {
		return allVersions ? "PROC_DEF_KEY_" : "PROC_DEF_ID_";
	}

	/** The value of {@link #definitionColumn()}: the model's key or the version's id. */
	String definition(String processDefinitionId, String processDefinitionKey) {
		return allVersions ? processDefinitionKey : processDefinitionId;
	}

}
