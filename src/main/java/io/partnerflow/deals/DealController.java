package io.partnerflow.deals;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.partnerflow.system.Groups;
import jakarta.validation.Valid;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Deals signed by partners: recruiters and managers record and read them. */
@RestController
@RequestMapping("/api/partners/{reference}/deals")
@PreAuthorize(Groups.RECRUITERS_OR_MANAGERS)
class DealController {

	private final DealService deals;

	DealController(DealService deals) {
		this.deals = deals;
	}

	@PostMapping
	ResponseEntity<DealView> record(@PathVariable String reference, @Valid @RequestBody DealRequest request,
			Principal user) {
		Deal deal = deals.record(reference, request.customer().strip(), request.amount(), request.signedOn(),
				user.getName());
		return ResponseEntity.status(HttpStatus.CREATED).body(DealView.of(deal));
	}

	@GetMapping
	List<DealView> list(@PathVariable String reference) {
		return deals.list(reference).stream().map(DealView::of).toList();
	}

	/** A body Jackson cannot read (a date or number in the wrong format) is a 400 naming the field, like the other checks. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		String field = e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
				&& mapping.getPath().get(0).getFieldName() != null ? mapping.getPath().get(0).getFieldName() : "body";
		String message = switch (field) {
			case "signedOn" -> "must be a date YYYY-MM-DD";
			case "amount" -> "must be a number";
			default -> "must be a JSON object with customer, amount and signedOn";
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Invalid request body: " + field + " " + message);
		problem.setTitle("Invalid input");
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return problem;
	}

	record DealView(Long id, String customer, BigDecimal amount, LocalDate signedOn, boolean first,
			Instant recordedAt, String recordedBy) {

		static DealView of(Deal d) {
			return new DealView(d.getId(), d.getCustomer(), d.getAmount(), d.getSignedOn(), d.isFirst(),
					d.getRecordedAt(), d.getRecordedBy());
		}

	}

}
