package io.partnerflow.conduct;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.partnerflow.dealregistration.DealRegistration;
import io.partnerflow.dealregistration.DealRegistrations;
import io.partnerflow.notification.StaffMember;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.partner.PartnerVariables;
import io.partnerflow.system.BadRequestException;
import io.partnerflow.system.ConflictException;
import io.partnerflow.system.NotFoundException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.partnerflow.conduct.PartnerCardProcess.*;

/**
 * The partners' cards: the only writer of them. A card goes to a partner under contract (onboarding,
 * active, or in exit review); a card issued within {@code partnerflow.cards.red-within} of another one
 * is red. A red card opens the partner's exit review at once, except on a partner whose review is
 * open already: the card is recorded, red, and told to the partner, and the review under way reads it
 * on the timeline. An exited partner, or one whose contract is not signed, gets no card (409).
 */
@Service("cards")
public class Cards {

	/** The partners a card goes to: those under contract whose partnership is not over. */
	static final Set<PartnerStatus> UNDER_CONTRACT = EnumSet.of(PartnerStatus.ONBOARDING, PartnerStatus.ACTIVE,
			PartnerStatus.EXIT_REVIEW);

	private final CardRepository cards;

	private final PartnerService partners;

	private final DealRegistrations registrations;

	private final RuntimeService runtime;

	private final IdentityService identity;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Duration redWithin;

	Cards(CardRepository cards, PartnerService partners, DealRegistrations registrations, RuntimeService runtime,
			IdentityService identity, PlatformTransactionManager transactions, Clock clock,
			@Value("${partnerflow.cards.red-within}") Duration redWithin) {
		this.cards = cards;
		this.partners = partners;
		this.registrations = registrations;
		this.runtime = runtime;
		this.identity = identity;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.redWithin = checked(redWithin);
	}

	/** The setting {@code partnerflow.cards.red-within}, refused at start unless it is a positive whole number of days. */
	static Duration checked(Duration redWithin) {
		if (redWithin.isNegative() || redWithin.isZero() || redWithin.toSeconds() % 86_400 != 0) {
			throw new IllegalArgumentException(
					"partnerflow.cards.red-within must be a positive number of days (such as P365D), not " + redWithin);
		}
		return redWithin;
	}

	/**
	 * Issues the card and starts its process (the letter, and the review for a red card that opens
	 * one), or refuses it: 404 for an unknown partner, 409 for a partner not under contract or a card
	 * issued to it at the same moment, 400 for a deal registration that is not the partner's.
	 */
	public Card issue(String reference, CardRequest request, String manager) {
		try {
			return transaction.execute(status -> insert(reference, request, manager));
		}
		catch (DataIntegrityViolationException simultaneous) {
			// another card of this partner took the same number first
			throw new ConflictException("Card issued meanwhile", "Another card was issued to partner %s at the same moment: "
				.formatted(reference) + "read its cards, then issue this one again if it is still needed");
		}
	}

	private Card insert(String reference, CardRequest request, String manager) {
		Partner partner = partners.get(reference);
		if (!UNDER_CONTRACT.contains(partner.getStatus())) {
			throw new ConflictException("No partnership running", "Partner %s is %s: cards go to partners under contract "
				.formatted(reference, partner.getStatus()) + "(onboarding, active or in exit review)");
		}
		String customer = blankToNull(request.customer());
		Long registrationId = request.dealRegistrationId();
		if (registrationId != null) {
			DealRegistration registration = registration(reference, registrationId);
			customer = customer == null ? registration.getCustomer() : customer;
		}
		Instant now = Instant.now(clock);
		CardColour colour = cards.existsByPartnerReferenceAndIssuedAtAfter(reference, now.minus(redWithin))
				? CardColour.RED : CardColour.YELLOW;
		boolean opensReview = colour == CardColour.RED && partner.getStatus() != PartnerStatus.EXIT_REVIEW;
		int number = (int) cards.countByPartnerReference(reference) + 1;
		Card card = cards.saveAndFlush(new Card(reference, number, colour, request.reason().strip(),
				request.evidence().strip(), registrationId, customer, now, manager, opensReview));
		Map<String, Object> variables = new HashMap<>(PartnerVariables.of(partner));
		variables.put(VAR_CARD_ID, card.getId());
		variables.put(VAR_CARD_COLOUR, colour.name());
		variables.put(VAR_CARD_REASON, card.getReason());
		variables.put(VAR_CARD_CUSTOMER, customer == null ? "" : customer);
		variables.put(VAR_CARD_ISSUED_ON, now.atZone(ZoneOffset.UTC).toLocalDate().toString());
		variables.put(VAR_CARD_REVIEW_OPENED, opensReview);
		variables.put(VAR_RED_WITHIN_DAYS, redWithin.toDays());
		variables.put(VAR_CARD_ISSUED_BY, manager);
		variables.put(VAR_CONTRACT_SIGNED_AT, Date.from(partner.getContractSignedAt()));
		variables.put(VAR_CARD_FACTS, facts(reference, card));
		card.started(runtime.startProcessInstanceByKey(KEY, reference, variables).getId());
		partners.record(reference, manager, colour + "_CARD", "%s card issued by %s: %s%s. Evidence: %s%s".formatted(
				colour == CardColour.RED ? "Red" : "Yellow", nameOf(manager), card.getReason(),
				customer == null ? "" : " (customer " + customer + ")", card.getEvidence(),
				colour == CardColour.YELLOW ? "" : opensReview ? "; the exit review is opened"
						: "; the exit review under way takes it into account"));
		return card;
	}

	private DealRegistration registration(String reference, long id) {
		try {
			return registrations.get(reference, id);
		}
		catch (NotFoundException notTheirs) {
			throw new BadRequestException("dealRegistrationId", "is not a deal registration of partner " + reference);
		}
	}

	/** The partner's cards, newest first; 404 for an unknown partner. */
	public List<Card> list(String reference) {
		partners.get(reference);
		return cards.findByPartnerReferenceOrderByIssuedAtDescIdDesc(reference);
	}

	/** How many cards of the colour were issued from {@code from} (inclusive) to {@code to} (exclusive). */
	public long issued(CardColour colour, Instant from, Instant to) {
		return cards.countByColourAndIssuedAtGreaterThanEqualAndIssuedAtLessThan(colour, from, to);
	}

	/** Whether the card opens its partner's exit review: read by the model's gateway from the record. */
	public boolean opensExitReview(long cardId) {
		return cards.findById(cardId).orElseThrow().isReviewOpened();
	}

	/** The partner's cards as the review's form shows them, newest first, this one included. */
	private String facts(String reference, Card card) {
		List<Card> all = new ArrayList<>(List.of(card));
		all.addAll(cards.findByPartnerReferenceOrderByIssuedAtDescIdDesc(reference).stream()
			.filter(other -> !other.getId().equals(card.getId()))
			.toList());
		return all.stream()
			.map(c -> "%s card of %s by %s: %s%s. Evidence: %s".formatted(c.getColour() == CardColour.RED ? "Red" : "Yellow",
					c.getIssuedAt().atZone(ZoneOffset.UTC).toLocalDate(), nameOf(c.getIssuedBy()), c.getReason(),
					c.getCustomer() == null ? "" : " (customer " + c.getCustomer() + ")", c.getEvidence()))
			.collect(Collectors.joining("\n"));
	}

	private String nameOf(String userId) {
		User user = identity.createUserQuery().userId(userId).singleResult();
		String name = user == null ? "" : StaffMember.fullName(user);
		return name.isBlank() ? userId : name;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
