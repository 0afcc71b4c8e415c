package io.partnerflow.partnerpage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.partnerflow.partner.PartnerSearch;
import io.partnerflow.partner.PartnerStatus;

/**
 * The search form of {@code GET /partners} as the browser sends it: every field text, checked here
 * so a bad value is a message next to its field (400), never a failure. {@code page} counts from 1.
 */
record PartnerSearchForm(String company, String reference, String status, String recruiter, String market, String page,
		String size) {

	static final int DEFAULT_SIZE = 50;

	static final int MAX_SIZE = 200;

	static final int MAX_PAGE = 100_000;

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9-]{1,20}");

	PartnerSearchForm {
		company = blankToNull(company);
		reference = blankToNull(reference);
		status = blankToNull(status);
		recruiter = blankToNull(recruiter);
		market = blankToNull(market);
		page = blankToNull(page);
		size = blankToNull(size);
	}

	/** What is wrong, by field; empty when the search can run. */
	Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		text(errors, "company", company, 200);
		text(errors, "recruiter", recruiter, 64);
		text(errors, "market", market, 100);
		if (reference != null && !REFERENCE.matcher(reference).matches()) {
			errors.put("reference", "A reference is letters, digits and hyphens, at most 20, such as P-2026-00042");
		}
		if (status != null && statusOrNull() == null) {
			errors.put("status", "Not a status of the lifecycle: pick one from the list");
		}
		if (page != null && number(page, 1, MAX_PAGE) == null) {
			errors.put("page", "The page is a whole number from 1 to " + MAX_PAGE);
		}
		if (size != null && number(size, 1, MAX_SIZE) == null) {
			errors.put("size", "Partners per page: a whole number from 1 to " + MAX_SIZE);
		}
		return errors;
	}

	/** The search; call only when {@link #errors()} is empty. */
	PartnerSearch search() {
		return new PartnerSearch(company, reference == null ? null : reference.toUpperCase(Locale.ROOT), statusOrNull(),
				recruiter, market);
	}

	/** The page asked for, from 0. */
	int pageIndex() {
		return page == null ? 0 : number(page, 1, MAX_PAGE) - 1;
	}

	int pageSize() {
		return size == null ? DEFAULT_SIZE : number(size, 1, MAX_SIZE);
	}

	/** The query string of this search on another page (from 1), for the page links (public: the template calls it). */
	public String onPage(int pageNumber) {
		Map<String, String> query = criteria();
		query.put("page", String.valueOf(pageNumber));
		if (size != null) {
			query.put("size", size);
		}
		return queryString(query);
	}

	/** The query string of this search without paging: the CSV export's (public: the template calls it). */
	public String criteriaQuery() {
		return queryString(criteria());
	}

	private Map<String, String> criteria() {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("company", company);
		query.put("reference", reference);
		query.put("status", status);
		query.put("recruiter", recruiter);
		query.put("market", market);
		query.values().removeIf(value -> value == null);
		return query;
	}

	private PartnerStatus statusOrNull() {
		for (PartnerStatus candidate : PartnerStatus.values()) {
			if (candidate.name().equalsIgnoreCase(status)) {
				return candidate;
			}
		}
		return null;
	}

	private static void text(Map<String, String> errors, String field, String value, int max) {
		if (value == null) {
			return;
		}
		if (value.length() > max) {
			errors.put(field, "At most " + max + " characters");
		}
		else if (CONTROL.matcher(value).find()) {
			errors.put(field, "Must not contain control characters");
		}
	}

	private static Integer number(String text, int min, int max) {
		if (!text.matches("\\d{1,7}")) {
			return null;
		}
		int value = Integer.parseInt(text);
		return value < min || value > max ? null : value;
	}

	private static String queryString(Map<String, String> query) {
		StringBuilder text = new StringBuilder();
		query.forEach((name, value) -> text.append(text.isEmpty() ? "?" : "&")
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return text.toString();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
