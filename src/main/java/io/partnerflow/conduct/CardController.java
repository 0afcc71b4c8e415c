package io.partnerflow.conduct;

import java.security.Principal;
import java.time.Instant;
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
 * A partner's yellow and red cards: managers issue them ({@code POST}), the staff who read partners
 * list them ({@code GET}).
 */
@RestController
@RequestMapping("/api/partners/{reference}/cards")
class CardController {

	private final Cards cards;

	CardController(Cards cards) {
		this.cards = cards;
	}

	@PostMapping
	@PreAuthorize(Groups.MANAGERS_ONLY)
	ResponseEntity<CardView> issue(@PathVariable String reference, @Valid @RequestBody CardRequest request,
			Principal user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(CardView.of(cards.issue(reference, request, user.getName())));
	}

	@GetMapping
	@PreAuthorize(Groups.RECRUITERS_OR_MANAGERS)
	List<CardView> list(@PathVariable String reference) {
		return cards.list(reference).stream().map(CardView::of).toList();
	}

	/** A card as staff read it. */
	record CardView(Long id, int number, CardColour colour, String reason, String evidence, Long dealRegistrationId,
			String customer, Instant issuedAt, String issuedBy, boolean exitReviewOpened) {

		static CardView of(Card card) {
			return new CardView(card.getId(), card.getCardNumber(), card.getColour(), card.getReason(), card.getEvidence(),
					card.getDealRegistrationId(), card.getCustomer(), card.getIssuedAt(), card.getIssuedBy(),
					card.isReviewOpened());
		}

	}

}
