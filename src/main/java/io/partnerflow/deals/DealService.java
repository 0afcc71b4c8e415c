package io.partnerflow.deals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.system.BadRequestException;
import io.partnerflow.system.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the deals partners sign. The first one dates the partner's first deal (a KPI); every one
 * goes to the partner's timeline and is announced as {@link DealWon}, in the recording transaction.
 */
@Service
@Transactional
public class DealService {

	/** A deal needs a signed contract and a partner still in the network. */
	private static final Set<PartnerStatus> CAN_SIGN_DEALS = EnumSet.of(PartnerStatus.CONTRACT_SIGNED,
			PartnerStatus.ONBOARDING, PartnerStatus.EXIT_REVIEW, PartnerStatus.ACTIVE);

	private final PartnerService partners;

	private final DealRepository deals;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DealService(PartnerService partners, DealRepository deals, ApplicationEventPublisher events, Clock clock) {
		this.partners = partners;
		this.deals = deals;
		this.events = events;
		this.clock = clock;
	}

	/** Why a deal's signing day is refused: each rule, with the API's message. */
	public enum SigningDate {
		/** A deal is registered once it is signed. */
		IN_THE_FUTURE("must not be in the future"),
		/** Deals count from the contract signature. */
		BEFORE_CONTRACT("must not be before the contract signature");

		private final String message;

		SigningDate(String message) {
			this.message = message;
		}

		/** The refusal as the API words it, after the field's name. */
		public String message() {
			return message;
		}
	}

	/** Whether the partner may register deals now: its contract is signed and it has not left. */
	public boolean canSignDeals(Partner partner) {
		return CAN_SIGN_DEALS.contains(partner.getStatus());
	}

	/** What refuses this signing day for the partner's deal, if anything. */
	public Optional<SigningDate> refusal(Partner partner, LocalDate signedOn) {
		if (signedOn.isAfter(LocalDate.now(clock))) {
			return Optional.of(SigningDate.IN_THE_FUTURE);
		}
		if (partner.getContractSignedAt() != null
				&& signedOn.isBefore(LocalDate.ofInstant(partner.getContractSignedAt(), ZoneOffset.UTC))) {
			return Optional.of(SigningDate.BEFORE_CONTRACT);
		}
		return Optional.empty();
	}

	public Deal record(String reference, String customer, BigDecimal amount, LocalDate signedOn, String actor) {
		Partner partner = partners.get(reference);
		if (partner.getStatus() == PartnerStatus.EXITED) {
			throw new ConflictException("Partner exited",
					"Partner %s left the network on %s; it cannot sign deals".formatted(reference, partner.getExitedAt()));
		}
		if (!CAN_SIGN_DEALS.contains(partner.getStatus())) {
			throw new ConflictException("No contract signed",
					"Partner %s is %s: deals count from the contract signature".formatted(reference, partner.getStatus()));
		}
		Optional<SigningDate> refused = refusal(partner, signedOn);
		if (refused.isPresent()) {
			throw new BadRequestException("signedOn", refused.get().message);
		}
		boolean first = partners.recordDeal(reference, signedOn.atStartOfDay(ZoneOffset.UTC).toInstant(), actor,
				"Deal with %s: %s EUR, signed on %s".formatted(customer, amount.toPlainString(), signedOn));
		Deal deal = deals.save(new Deal(partner.getId(), customer, amount, signedOn, first,
				Instant.now(clock), actor));
		events.publishEvent(new DealWon(reference, customer, amount, signedOn, first));
		return deal;
	}

	/**
	 * What the partner's deals signed from {@code from} to {@code to} (both included) amount to, in EUR:
	 * the revenue made with the vendor over a period (the tier reads the last 12 months).
	 */
	@Transactional(readOnly = true)
	public BigDecimal revenueSignedBetween(String reference, LocalDate from, LocalDate to) {
		BigDecimal sum = deals.sumSignedBetween(partners.get(reference).getId(), from, to);
		return sum == null ? BigDecimal.ZERO : sum;
	}

	/** The partner's deals, in the order they were signed. */
	@Transactional(readOnly = true)
	public List<Deal> list(String reference) {
		return deals.findByPartnerIdOrderBySignedOnAscIdAsc(partners.get(reference).getId());
	}

}
