package io.partnerflow.partner;

/**
 * A part of the partner's staff record that another feature keeps (its cards, say): staff's
 * {@code GET /api/partners/{reference}} shows it under {@link #name()} next to the partner and its
 * timeline. The feature depends on the partner, never the other way round.
 */
public interface PartnerDetail {

	/** The JSON property it is shown under, such as {@code cards}. */
	String name();

	/** What it is for the partner, as JSON writes it. */
	Object of(String reference);

}
