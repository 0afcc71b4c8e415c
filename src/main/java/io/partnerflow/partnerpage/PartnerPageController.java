package io.partnerflow.partnerpage;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerSearch;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.system.Groups;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The partner pages for PartnerFlow's staff, with the webapps' login: one partner's story
 * ({@code /partners/{reference}}), the search ({@code /partners}) and its CSV export
 * ({@code /partners.csv}). They only read.
 */
@Controller
@PreAuthorize(Groups.INTERNAL_STAFF_ONLY)
class PartnerPageController {

	/** The export reads the search in batches of this many partners, so its memory stays bounded. */
	private static final int EXPORT_BATCH = 500;

	private final PartnerService partners;

	private final PartnerSheets sheets;

	private final People people;

	private final Clock clock;

	PartnerPageController(PartnerService partners, PartnerSheets sheets, People people, Clock clock) {
		this.partners = partners;
		this.sheets = sheets;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/partners/{reference}")
	String partner(@PathVariable String reference, Authentication user, Model model) {
		model.addAttribute("sheet", sheets.read(reference, user));
		model.addAttribute("user", people.of(List.of(user.getName())).of(user.getName()));
		// which certifications count today
		model.addAttribute("today", LocalDate.now(clock));
		return "pages/partner";
	}

	@GetMapping("/partners")
	String list(@ModelAttribute("form") PartnerSearchForm form, Authentication user, Model model,
			HttpServletResponse response) {
		prepareList(form, user, model);
		Map<String, String> errors = form.errors();
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "pages/partners";
		}
		Page<Partner> found = partners.search(form.search(), form.pageIndex(), form.pageSize());
		model.addAttribute("found", found);
		model.addAttribute("names", people.of(found.getContent().stream().map(Partner::getRecruiter).toList()));
		return "pages/partners";
	}

	@GetMapping("/partners.csv")
	String csv(@ModelAttribute("form") PartnerSearchForm form, Authentication user, Model model,
			HttpServletResponse response) throws IOException {
		if (!form.errors().isEmpty()) {
			prepareList(form, user, model);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "pages/partners";
		}
		PartnerSearch search = form.search();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("partners-" + LocalDate.now(clock) + ".csv")
			.build()
			.toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		PartnerCsv csv = PartnerCsv.start(out);
		long before = Long.MAX_VALUE;
		List<Partner> batch;
		do {
			batch = partners.searchBefore(search, before, EXPORT_BATCH);
			for (Partner partner : batch) {
				csv.write(partner);
				before = partner.getId();
			}
		}
		while (batch.size() == EXPORT_BATCH);
		csv.finish();
		return null;
	}

	private void prepareList(PartnerSearchForm form, Authentication user, Model model) {
		model.addAttribute("errors", form.errors());
		model.addAttribute("statuses", PartnerStatus.values());
		model.addAttribute("markets", partners.markets());
		List<String> recruiters = partners.recruiters();
		model.addAttribute("recruiters", recruiters);
		model.addAttribute("recruiterNames", people.of(recruiters));
		model.addAttribute("user", people.of(List.of(user.getName())).of(user.getName()));
	}

}
