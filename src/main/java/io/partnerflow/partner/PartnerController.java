package io.partnerflow.partner;

import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.partnerflow.system.Groups;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partners and their timelines, for recruiters and managers: read, and the one thing staff set on a
 * partner directly, the language its contact is written to in
 * ({@code PUT /api/partners/{reference}/contact-language}, {@code {"language": "fr"}}).
 */
@RestController
@RequestMapping("/api/partners")
@Validated
@PreAuthorize(Groups.RECRUITERS_OR_MANAGERS)
class PartnerController {

	private final PartnerService partners;

	private final List<PartnerDetail> details;

	PartnerController(PartnerService partners, List<PartnerDetail> details) {
		this.partners = partners;
		this.details = details;
	}

	@GetMapping
	PartnerPage list(@RequestParam(required = false) PartnerStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		Page<Partner> result = partners.list(status, PageRequest.of(page, size, Sort.by("id")));
		return new PartnerPage(result.getContent().stream().map(PartnerView::of).toList(), result.getNumber(),
				result.getSize(), result.getTotalElements(), result.getTotalPages());
	}

	@GetMapping("/{reference}")
	PartnerDetails get(@PathVariable String reference) {
		Partner partner = partners.get(reference);
		List<TimelineEntry> timeline = partners.timeline(reference).stream()
			.map(e -> new TimelineEntry(e.getOccurredAt(), e.getActor(), e.getKind(), e.getDescription()))
			.toList();
		Map<String, Object> more = new LinkedHashMap<>();
		details.forEach(detail -> more.put(detail.name(), detail.of(reference)));
		return new PartnerDetails(PartnerView.of(partner), timeline, more);
	}

	@PutMapping("/{reference}/contact-language")
	PartnerView changeContactLanguage(@PathVariable String reference, @Valid @RequestBody ContactLanguage request,
			Principal user) {
		return PartnerView.of(partners.changeContactLanguage(reference, request.language(), user.getName()));
	}

	/** The language to write to the partner's contact in: a tag, {@code en} or {@code fr}. */
	record ContactLanguage(@NotBlank @Size(max = 8) String language) {
	}

	record PartnerPage(List<PartnerView> items, int page, int size, long totalItems, int totalPages) {
	}

	/** The partner, its timeline, and the details other features keep of it ({@link PartnerDetail}). */
	record PartnerDetails(PartnerView partner, List<TimelineEntry> timeline, @JsonIgnore Map<String, Object> more) {

		@JsonAnyGetter
		Map<String, Object> details() {
			return more;
		}

	}

	record TimelineEntry(Instant at, String actor, String kind, String description) {
	}

	record PartnerView(String reference, String company, String country, String market, PartnerCategory category,
			PartnerSource source, String contactName, String contactEmail, String contactLanguage, String website, Long annualRevenue, Integer salesStaff,
			Integer technicalStaff, Integer competingSuppliers, String recruiter, PartnerStatus status, String tier,
			Integer selectionScore, Instant listedAt, Instant appliedAt, Instant approvedAt, Instant contractSignedAt,
			Instant firstDealAt, Instant exitedAt) {

		static PartnerView of(Partner p) {
			return new PartnerView(p.getReference(), p.getCompany(), p.getCountry(), p.getMarket(), p.getCategory(),
					p.getSource(), p.getContactName(), p.getContactEmail(), PartnerLanguage.of(p).getLanguage(), p.getWebsite(), p.getAnnualRevenue(), p.getSalesStaff(),
					p.getTechnicalStaff(), p.getCompetingSuppliers(), p.getRecruiter(), p.getStatus(), p.getTier(),
					p.getSelectionScore(), p.getListedAt(), p.getAppliedAt(), p.getApprovedAt(),
					p.getContractSignedAt(), p.getFirstDealAt(), p.getExitedAt());
		}

	}

}
