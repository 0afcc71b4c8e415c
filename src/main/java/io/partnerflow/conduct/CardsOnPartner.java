package io.partnerflow.conduct;

import io.partnerflow.partner.PartnerDetail;
import org.springframework.stereotype.Component;

/** The partner's cards in staff's record of the partner ({@code GET /api/partners/{reference}}: {@code cards}). */
@Component
class CardsOnPartner implements PartnerDetail {

	private final Cards cards;

	CardsOnPartner(Cards cards) {
		this.cards = cards;
	}

	@Override
	public String name() {
		return "cards";
	}

	@Override
	public Object of(String reference) {
		return cards.list(reference).stream().map(CardController.CardView::of).toList();
	}

}
