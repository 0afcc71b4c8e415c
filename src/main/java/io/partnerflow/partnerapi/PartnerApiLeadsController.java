package io.partnerflow.partnerapi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.partnerflow.leads.PartnerLead;
import io.partnerflow.leads.PartnerLeads;
import io.partnerflow.portal.PartnerApiCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The leads PartnerFlow's lead cell offered to the partner, for its systems: what the portal's leads page
 * shows and does ({@link PartnerLeads}, the one way a partner acts on a lead), with the partner's key. A
 * lead never offered to the key's partner is unknown to it (404, another partner's included); an action
 * the lead's state does not allow is a 409; a missing or wrong value a 400 naming the field.
 */
@RestController
@RequestMapping("/api/partner/v1/leads")
@Tag(name = "Partner API", description = "A partner's own record, deal registrations and leads, with the partner's API key")
class PartnerApiLeadsController {

	private final PartnerLeads leads;

	PartnerApiLeadsController(PartnerLeads leads) {
		this.leads = leads;
	}

	@Operation(summary = "The leads offered to the partner", description = "Newest first: those to accept or decline "
			+ "by `respondBy`, those it follows (its next news due by `nextUpdateDueAt`), won and lost; an offer that "
			+ "ended without the partner shows no more of the lead.")
	@GetMapping
	List<PartnerLead> list(@AuthenticationPrincipal PartnerApiCaller caller) {
		return leads.of(caller.partnerReference());
	}

	@Operation(summary = "One lead offered to the partner", description = "404 for a lead never offered to it.")
	@GetMapping("/{lead}")
	PartnerLead get(@AuthenticationPrincipal PartnerApiCaller caller, @PathVariable String lead) {
		return leads.get(caller.partnerReference(), lead);
	}

	@Operation(summary = "Accept a lead", description = "Before `respondBy`; the partner then reports its progress "
			+ "at PartnerFlow's rhythm. 409 when the lead is no longer the partner's to answer.")
	@ApiResponse(responseCode = "204", description = "Accepted")
	@PostMapping("/{lead}/accept")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void accept(@AuthenticationPrincipal PartnerApiCaller caller, @PathVariable String lead) {
		leads.accept(caller.partnerReference(), lead, caller.actor());
	}

	@Operation(summary = "Decline a lead", description = "With a reason if the partner wishes; the lead goes to "
			+ "another partner.")
	@ApiResponse(responseCode = "204", description = "Declined")
	@PostMapping("/{lead}/decline")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void decline(@AuthenticationPrincipal PartnerApiCaller caller, @PathVariable String lead,
			@RequestBody(required = false) Reason body) {
		leads.decline(caller.partnerReference(), lead, body == null ? null : body.reason(), caller.actor());
	}

	@Operation(summary = "Report the customer contacted", description = "On a lead the partner follows; its next "
			+ "news is due from now.")
	@ApiResponse(responseCode = "204", description = "Recorded")
	@PostMapping("/{lead}/contacted")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void contacted(@AuthenticationPrincipal PartnerApiCaller caller, @PathVariable String lead) {
		leads.contacted(caller.partnerReference(), lead, caller.actor());
	}

	@Operation(summary = "Report the offer made", description = "The offer's value in EUR and the expected close "
			+ "date: the project is registered as the partner's deal registration (first to register is served: "
			+ "409 naming nobody), which its recruiter or a manager reviews.")
	@ApiResponse(responseCode = "204", description = "Recorded and registered")
	@PostMapping("/{lead}/offer")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void offer(@AuthenticationPrincipal PartnerApiCaller caller, @PathVariable String lead,
			@Valid @RequestBody OfferMade body) {
		leads.offerMade(caller.partnerReference(), lead, body.offerValue(), body.expectedCloseOn(), caller.actor());
	}

	@Operation(summary = "Report the lead won", description = "Once its deal registration is approved (else 409): "
			+ "the amount in EUR and the signing day (not in the future); the deal is the partner's, as every won "
			+ "registration is.")
	@ApiResponse(responseCode = "204", description = "Won")
	@PostMapping("/{lead}/won")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void won(@AuthenticationPrincipal PartnerApiCaller caller, @PathVariable String lead, @Valid @RequestBody Won body) {
		leads.won(caller.partnerReference(), lead, body.amount(), body.signedOn(), caller.actor());
	}

	@Operation(summary = "Report the lead lost", description = "The reason is required.")
	@ApiResponse(responseCode = "204", description = "Lost")
	@PostMapping("/{lead}/lost")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void lost(@AuthenticationPrincipal PartnerApiCaller caller, @PathVariable String lead,
			@RequestBody(required = false) Reason body) {
		leads.lost(caller.partnerReference(), lead, body == null ? null : body.reason(), caller.actor());
	}

	@Operation(summary = "Ask for pre-sales help", description = "On a lead the partner follows but cannot shape the "
			+ "offer for: PartnerFlow's pre-sales get a task. One request at a time (409 while one is open).")
	@ApiResponse(responseCode = "204", description = "Asked")
	@PostMapping("/{lead}/presales")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void presales(@AuthenticationPrincipal PartnerApiCaller caller, @PathVariable String lead,
			@RequestBody(required = false) PresalesRequest body) {
		leads.askPresales(caller.partnerReference(), lead, body == null ? null : body.request(), caller.actor());
	}

	/** Why a lead is declined (optional) or lost (required): checked by {@link PartnerLeads}. */
	record Reason(String reason) {
	}

	/** What the partner needs from pre-sales: checked by {@link PartnerLeads}. */
	record PresalesRequest(String request) {
	}

	record OfferMade(@NotNull @Positive @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2) BigDecimal offerValue,
			@NotNull LocalDate expectedCloseOn) {
	}

	record Won(@NotNull @Positive @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2) BigDecimal amount,
			@NotNull LocalDate signedOn) {
	}

}
