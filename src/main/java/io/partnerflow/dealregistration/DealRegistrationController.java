package io.partnerflow.dealregistration;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.partnerflow.system.Groups;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff register opportunities on a partner's behalf and follow them: register, list, read, and
 * report an approved one's progress, win or loss. Approval and rejection are the review task's, in
 * Tasklist (its form and the engine's guard decide what is accepted).
 */
@RestController
@RequestMapping("/api/partners/{reference}/deal-registrations")
@PreAuthorize(Groups.RECRUITERS_OR_MANAGERS)
class DealRegistrationController {

	private final DealRegistrations registrations;

	DealRegistrationController(DealRegistrations registrations) {
		this.registrations = registrations;
	}

	@PostMapping
	ResponseEntity<RegistrationView> register(@PathVariable String reference,
			@Valid @RequestBody DealRegistrationRequest request, Principal user) {
		DealRegistration registration = registrations.register(reference, request, user.getName());
		return ResponseEntity.status(HttpStatus.CREATED).body(RegistrationView.of(registration));
	}

	@GetMapping
	List<RegistrationView> list(@PathVariable String reference) {
		return registrations.list(reference).stream().map(RegistrationView::of).toList();
	}

	@GetMapping("/{id}")
	RegistrationView get(@PathVariable String reference, @PathVariable long id) {
		return RegistrationView.of(registrations.get(reference, id));
	}

	@PostMapping("/{id}/update")
	ResponseEntity<Void> update(@PathVariable String reference, @PathVariable long id,
			@Valid @RequestBody Progress progress, Principal user) {
		registrations.update(reference, id, progress.expectedValue(), progress.expectedCloseOn(), user.getName());
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/{id}/won")
	ResponseEntity<Void> won(@PathVariable String reference, @PathVariable long id, @Valid @RequestBody Win win,
			Principal user) {
		registrations.win(reference, id, win.amount(), win.signedOn(), user.getName());
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/{id}/lost")
	ResponseEntity<Void> lost(@PathVariable String reference, @PathVariable long id, Principal user) {
		registrations.lose(reference, id, user.getName());
		return ResponseEntity.accepted().build();
	}

	record Progress(@NotNull @Positive @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2) BigDecimal expectedValue,
			@NotNull LocalDate expectedCloseOn) {
	}

	record Win(@NotNull @Positive @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2) BigDecimal amount,
			@NotNull LocalDate signedOn) {
	}

	record RegistrationView(Long id, String customer, String project, BigDecimal expectedValue,
			LocalDate expectedCloseOn, DealRegistrationStatus status, Instant registeredAt, String registeredBy,
			Instant decidedAt, Instant expiresAt, Instant closedAt) {

		static RegistrationView of(DealRegistration r) {
			return new RegistrationView(r.getId(), r.getCustomer(), r.getProject(), r.getExpectedValue(),
					r.getExpectedCloseOn(), r.getStatus(), r.getRegisteredAt(), r.getRegisteredBy(), r.getDecidedAt(),
					r.getExpiresAt(), r.getClosedAt());
		}

	}

}
