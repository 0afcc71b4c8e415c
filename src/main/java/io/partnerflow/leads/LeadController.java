package io.partnerflow.leads;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.BadRequestException;
import io.partnerflow.system.Groups;
import io.partnerflow.system.PayloadTooLargeException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The staff's leads API: the lead cell and managers record leads (one, or a CSV file of them) and read
 * them with their offers; a recruiter reads the leads offered to its own partners. Which partner a lead
 * goes to is the lead cell's task in Tasklist; what the partner does is the portal's
 * ({@link PartnerLeads}).
 */
@RestController
@RequestMapping("/api/leads")
@Validated
class LeadController {

	private final Leads leads;

	private final LeadCsvImport csvImport;

	private final PartnerService partners;

	LeadController(Leads leads, LeadCsvImport csvImport, PartnerService partners) {
		this.leads = leads;
		this.csvImport = csvImport;
		this.partners = partners;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(Groups.LEADS_OR_MANAGERS)
	ResponseEntity<LeadView> record(@Valid @RequestBody LeadRequest request, Authentication user) {
		Lead lead = leads.record(request, user.getName());
		return ResponseEntity.created(URI.create("/api/leads/" + lead.getReference())).body(LeadView.of(lead, List.of()));
	}

	/** A CSV body, read as it arrives: over the size limit it is refused (413) without being read to its end. */
	@PostMapping(path = "/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize(Groups.LEADS_OR_MANAGERS)
	LeadCsvImport.Result importCsv(HttpServletRequest request, Authentication user) throws IOException {
		if (request.getContentLengthLong() > csvImport.maxBytes()) {
			throw new PayloadTooLargeException(
					"The file is larger than %,d bytes: split it; nothing was imported".formatted(csvImport.maxBytes()));
		}
		if (request.getContentLengthLong() == 0) {
			throw new BadRequestException("file", "the CSV file is empty");
		}
		return csvImport.run(request.getInputStream(), charset(request.getContentType()), user.getName());
	}

	/** A CSV file in a multipart form (field {@code file}). */
	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(Groups.LEADS_OR_MANAGERS)
	LeadCsvImport.Result importCsvFile(@RequestParam("file") MultipartFile file, Authentication user) throws IOException {
		if (file.isEmpty()) {
			throw new BadRequestException("file", "the CSV file is empty");
		}
		if (file.getSize() > csvImport.maxBytes()) {
			throw new PayloadTooLargeException(
					"The file is larger than %,d bytes: split it; nothing was imported".formatted(csvImport.maxBytes()));
		}
		try (InputStream content = file.getInputStream()) {
			return csvImport.run(content, charset(file.getContentType()), user.getName());
		}
	}

	/**
	 * The leads, newest first: all, or in these statuses, or those offered to one partner. A recruiter
	 * names one of its own partners.
	 */
	@GetMapping
	@PreAuthorize(Groups.LEAD_READERS)
	LeadPage list(@RequestParam(required = false) List<LeadStatus> status,
			@RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String partner,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Authentication user) {
		if (partner != null) {
			mayRead(user, partner);
			List<Lead> offered = leads.offeredTo(partner)
				.stream()
				.filter(lead -> status == null || status.isEmpty() || status.contains(lead.getStatus()))
				.toList();
			List<LeadView> items = offered.stream()
				.skip((long) page * size)
				.limit(size)
				.map(lead -> LeadView.of(lead, List.of()))
				.toList();
			return new LeadPage(items, page, size, offered.size(), (offered.size() + size - 1) / size);
		}
		if (!staff(user)) {
			throw new BadRequestException("partner", "must name one of your partners: recruiters read the leads of their own");
		}
		Page<Lead> found = leads.list(status == null ? List.of() : status, page, size);
		return new LeadPage(found.getContent().stream().map(lead -> LeadView.of(lead, List.of())).toList(),
				found.getNumber(), found.getSize(), found.getTotalElements(), found.getTotalPages());
	}

	@GetMapping("/{reference}")
	@PreAuthorize(Groups.LEAD_READERS)
	LeadView get(@PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String reference, Authentication user) {
		Lead lead = leads.get(reference);
		List<LeadOffer> offers = leads.offers(lead);
		if (!staff(user) && offers.stream().noneMatch(offer -> recruits(user, offer.getPartnerReference()))) {
			throw new LeadNotFoundException(reference);
		}
		return LeadView.of(lead, offers.stream()
			.filter(offer -> staff(user) || recruits(user, offer.getPartnerReference()))
			.map(OfferView::of)
			.toList());
	}

	/** The lead cell, managers and administrators read every lead; a recruiter those of its partners. */
	private static boolean staff(Authentication user) {
		return user.getAuthorities()
			.stream()
			.anyMatch(authority -> List.of(Groups.LEADS, Groups.MANAGERS, Groups.ADMIN).contains(authority.getAuthority()));
	}

	private boolean recruits(Authentication user, String partnerReference) {
		return user.getName().equals(partners.get(partnerReference).getRecruiter());
	}

	private void mayRead(Authentication user, String partnerReference) {
		if (!staff(user) && !recruits(user, partnerReference)) {
			throw new AccessDeniedException("Partner " + partnerReference + " is not one of yours");
		}
	}

	/** The charset the content type names, else UTF-8. */
	private static Charset charset(String contentType) {
		try {
			MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
			return type == null || type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
		}
		catch (InvalidMediaTypeException | UnsupportedCharsetException unknown) {
			throw new BadRequestException("file", "the charset of " + contentType + " is unknown");
		}
	}

	record LeadPage(List<LeadView> items, int page, int size, long totalItems, int totalPages) {
	}

	record OfferView(String partner, int score, String reason, boolean proposed, String chosenBy, Instant offeredAt,
			Instant respondBy, OfferOutcome outcome, Instant answeredAt, String declineReason, Instant closedAt) {

		static OfferView of(LeadOffer offer) {
			return new OfferView(offer.getPartnerReference(), offer.getScore(), offer.getReason(), offer.isProposed(),
					offer.getChosenBy(), offer.getOfferedAt(), offer.getRespondBy(), offer.getOutcome(), offer.getAnsweredAt(),
					offer.getDeclineReason(), offer.getClosedAt());
		}

	}

	record LeadView(String reference, String customerCompany, String customerCountry, String project, String market,
			PartnerCategory category, BigDecimal estimatedValue, String source, LeadStatus status, LeadProgress progress,
			String partner, Instant recordedAt, String recordedBy, Instant acceptedAt, Instant nextUpdateDueAt,
			Long dealRegistrationId, BigDecimal wonAmount, LocalDate wonSignedOn, String lostReason, Instant closedAt,
			String closeNote, List<OfferView> offers) {

		static LeadView of(Lead lead, List<OfferView> offers) {
			return new LeadView(lead.getReference(), lead.getCustomerCompany(), lead.getCustomerCountry(), lead.getProject(),
					lead.getMarket(), lead.getCategory(), lead.getEstimatedValue(), lead.getSource(), lead.getStatus(),
					lead.getProgress(), lead.getPartnerReference(), lead.getRecordedAt(), lead.getRecordedBy(),
					lead.getAcceptedAt(), lead.getNextUpdateDueAt(), lead.getDealRegistrationId(), lead.getWonAmount(),
					lead.getWonSignedOn(), lead.getLostReason(), lead.getClosedAt(), lead.getCloseNote(), offers);
		}

	}

}
