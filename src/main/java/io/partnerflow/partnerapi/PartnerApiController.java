package io.partnerflow.partnerapi;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.partnerflow.dealregistration.DealRegistration;
import io.partnerflow.dealregistration.DealRegistrationRequest;
import io.partnerflow.dealregistration.DealRegistrationStatus;
import io.partnerflow.dealregistration.DealRegistrations;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.portal.PartnerApiCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partner's own record and deal registrations, for its systems. A registration goes through the
 * same rules as in the portal and staff's API ({@link DealRegistrations}): first to register a project
 * is served, and the refusal (409) names nobody.
 */
@RestController
@RequestMapping("/api/partner/v1")
@Tag(name = "Partner API", description = "A partner's own record, deal registrations and leads, with the partner's API key")
class PartnerApiController {

	private final DealRegistrations registrations;

	private final PartnerService partners;

	PartnerApiController(DealRegistrations registrations, PartnerService partners) {
		this.registrations = registrations;
		this.partners = partners;
	}

	@Operation(summary = "The partner's record", description = "Who the key's partner is in PartnerFlow: reference, "
			+ "company, status and tier.")
	@GetMapping("/partner")
	PartnerSummary partner(@AuthenticationPrincipal PartnerApiCaller caller) {
		return PartnerSummary.of(partners.get(caller.partnerReference()));
	}

	@Operation(summary = "The partner's deal registrations", description = "Newest first, with where each review stands.")
	@GetMapping("/deal-registrations")
	List<Registration> list(@AuthenticationPrincipal PartnerApiCaller caller) {
		return registrations.list(caller.partnerReference()).stream().map(Registration::of).toList();
	}

	@Operation(summary = "One deal registration of the partner", description = "404 for an id the partner has no "
			+ "registration of, another partner's included.")
	@GetMapping("/deal-registrations/{id}")
	Registration get(@AuthenticationPrincipal PartnerApiCaller caller, @PathVariable long id) {
		return Registration.of(registrations.get(caller.partnerReference(), id));
	}

	@Operation(summary = "Register an opportunity", description = "The customer, the project, the expected value in "
			+ "EUR and the expected close date (not in the past). It is reviewed by the partner's recruiter or a manager; "
			+ "the first partner to register a project is served, a later one gets 409 naming nobody.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
					name = "opportunity", value = "{\"customer\":\"Hôtel Lumière SAS\",\"project\":\"Wi-Fi refit\","
							+ "\"expectedValue\":12000,\"expectedCloseOn\":\"2027-03-31\"}"))))
	@ApiResponse(responseCode = "201", description = "Registered, under review; Location names it")
	@PostMapping("/deal-registrations")
	ResponseEntity<Registration> register(@AuthenticationPrincipal PartnerApiCaller caller,
			@Valid @RequestBody DealRegistrationRequest request) {
		DealRegistration registration = registrations.register(caller.partnerReference(), request, caller.actor());
		return ResponseEntity.created(URI.create("/api/partner/v1/deal-registrations/" + registration.getId()))
			.body(Registration.of(registration));
	}

	/** The partner's record as its systems read it: who it is in PartnerFlow, its status and tier. */
	record PartnerSummary(String reference, String company, PartnerStatus status, String tier, Instant contractSignedAt) {

		static PartnerSummary of(Partner partner) {
			return new PartnerSummary(partner.getReference(), partner.getCompany(), partner.getStatus(), partner.getTier(),
					partner.getContractSignedAt());
		}

	}

	/** A deal registration as the partner reads it: its project, figures and where its review stands. */
	record Registration(Long id, String customer, String project, BigDecimal expectedValue, LocalDate expectedCloseOn,
			DealRegistrationStatus status, Instant registeredAt, Instant decidedAt, Instant expiresAt, Instant closedAt) {

		static Registration of(DealRegistration r) {
			return new Registration(r.getId(), r.getCustomer(), r.getProject(), r.getExpectedValue(), r.getExpectedCloseOn(),
					r.getStatus(), r.getRegisteredAt(), r.getDecidedAt(), r.getExpiresAt(), r.getClosedAt());
		}

	}

}
