package io.partnerflow.onboarding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.system.BadRequestException;
import io.partnerflow.system.ConflictException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the deals partners sign. The first one dates the partner's first deal (a KPI) and tells
 * its 100-day plan, which makes the partner ACTIVE; later ones are recorded on the partner.
 */
@Service
@Transactional
public class DealService {

	private static final Logger log = LoggerFactory.getLogger(DealService.class);

	/** A deal needs a signed contract and a partner still in the network. */
	private static final Set<PartnerStatus> CAN_SIGN_DEALS = EnumSet.of(PartnerStatus.CONTRACT_SIGNED,
			PartnerStatus.ONBOARDING, PartnerStatus.EXIT_REVIEW, PartnerStatus.ACTIVE);

	private final PartnerService partners;

	private final DealRepository deals;

	private final FirstDealSignal signal;

	private final Clock clock;

	DealService(PartnerService partners, DealRepository deals, FirstDealSignal signal, Clock clock) {
		this.partners = partners;
		this.deals = deals;
		this.signal = signal;
		this.clock = clock;
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
		LocalDate today = LocalDate.now(clock);
		if (signedOn.isAfter(today)) {
			throw new BadRequestException("signedOn", "must not be in the future");
		}
		if (partner.getContractSignedAt() != null
				&& signedOn.isBefore(LocalDate.ofInstant(partner.getContractSignedAt(), ZoneOffset.UTC))) {
			throw new BadRequestException("signedOn", "must not be before the contract signature");
		}
		boolean first = partners.recordDeal(reference, signedOn.atStartOfDay(ZoneOffset.UTC).toInstant(), actor,
				"Deal with %s: %s EUR, signed on %s".formatted(customer, amount.toPlainString(), signedOn));
		Deal deal = deals.save(new Deal(partner.getId(), customer, amount, signedOn, first,
				Instant.now(clock), actor));
		if (first) {
			try {
				boolean told = signal.firstDealWon(reference);
				log.info("First deal of partner {} recorded; 100-day plan {}", reference, told ? "told" : "not running");
			}
			catch (OptimisticLockingException concurrent) {
				throw new ConflictException("Concurrent change",
						"The partner's plan moved on at the same moment; nothing was recorded. Send the deal again.");
			}
		}
		return deal;
	}

	/** The partner's deals, in the order they were signed. */
	@Transactional(readOnly = true)
	public List<Deal> list(String reference) {
		return deals.findByPartnerIdOrderBySignedOnAscIdAsc(partners.get(reference).getId());
	}

}
