package io.partnerflow.tier;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.partnerflow.system.Groups;
import jakarta.validation.Valid;
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
 * The certifications of a partner's people: the training team records them (each person with its
 * role, the day certified and the expiry), the staff read them. A body Jackson cannot read (a date
 * not written {@code YYYY-MM-DD}, an unknown role) is the API's 400 naming the field.
 */
@RestController
@RequestMapping("/api/partners/{reference}/certifications")
class CertificationController {

	private final Certifications certifications;

	private final Clock clock;

	CertificationController(Certifications certifications, Clock clock) {
		this.certifications = certifications;
		this.clock = clock;
	}

	@PostMapping
	@PreAuthorize(Groups.TRAINING_ONLY)
	ResponseEntity<CertificationView> record(@PathVariable String reference,
			@Valid @RequestBody CertificationRequest request, Principal user) {
		Certification certification = certifications.record(reference, request.personName().strip(), request.role(),
				request.certifiedOn(), request.expiresOn(), user.getName());
		return ResponseEntity.status(HttpStatus.CREATED).body(CertificationView.of(certification, LocalDate.now(clock)));
	}

	@GetMapping
	@PreAuthorize(Groups.INTERNAL_STAFF_ONLY)
	List<CertificationView> list(@PathVariable String reference) {
		LocalDate today = LocalDate.now(clock);
		return certifications.list(reference).stream().map(c -> CertificationView.of(c, today)).toList();
	}

	record CertificationView(Long id, String personName, CertificationRole role, LocalDate certifiedOn,
			LocalDate expiresOn, boolean valid, Instant recordedAt, String recordedBy) {

		static CertificationView of(Certification c, LocalDate today) {
			return new CertificationView(c.getId(), c.getPersonName(), c.getRole(), c.getCertifiedOn(), c.getExpiresOn(),
					c.isValidOn(today), c.getRecordedAt(), c.getRecordedBy());
		}

	}

}
