package io.partnerflow.partner;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of partner state. Every change appends to the partner's timeline; an illegal
 * change of status is refused. Time is the engine's clock, so simulated years stay consistent.
 */
@Service
@Transactional
public class PartnerService {

	private static final Logger log = LoggerFactory.getLogger(PartnerService.class);

	private final PartnerRepository partners;

	private final PartnerEventRepository events;

	private final ReferenceGenerator references;

	PartnerService(PartnerRepository partners, PartnerEventRepository events, ReferenceGenerator references) {
		this.partners = partners;
		this.events = events;
		this.references = references;
	}

	/** Lists a new candidate, refusing one that looks like a partner already listed. */
	public Partner register(CandidateData data, String recruiter) {
		checkNotListed(data);
		Instant now = now();
		Partner partner = partners.save(new Partner(references.next(now), data, recruiter, now));
		append(partner, recruiter, "LISTED", "Listed as candidate by " + recruiter);
		log.info("Partner {} listed: {} ({})", partner.getReference(), partner.getCompany(), partner.getCountry());
		return partner;
	}

	/** Throws {@link DuplicatePartnerException} when the candidate is already listed. */
	@Transactional(readOnly = true)
	public void checkNotListed(CandidateData data) {
		findListed(data).ifPresent(duplicate -> {
			throw duplicate;
		});
	}

	/**
	 * The refusal a registration would meet, without throwing: for callers inside a process
	 * transaction, where a thrown exception would mark the whole job's transaction rollback-only.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<DuplicatePartnerException> findListed(CandidateData data) {
		String domain = CandidateData.domainOf(data.contactEmail());
		return partners.findLookalikes(data.company().strip(), data.country(), domain).stream().findFirst().map(existing -> {
			boolean sameCompany = existing.getCompany().equalsIgnoreCase(data.company().strip())
					&& existing.getCountry().equalsIgnoreCase(data.country());
			return new DuplicatePartnerException(existing,
					sameCompany ? "same company and country" : "same contact e-mail domain " + domain);
		});
	}

	@Transactional(readOnly = true)
	public Partner get(String reference) {
		return partners.findByReference(reference).orElseThrow(() -> new PartnerNotFoundException(reference));
	}

	@Transactional(readOnly = true)
	public Page<Partner> list(PartnerStatus status, Pageable pageable) {
		return status == null ? partners.findAll(pageable) : partners.findByStatus(status, pageable);
	}

	@Transactional(readOnly = true)
	public List<PartnerEvent> timeline(String reference) {
		return events.findByPartnerIdOrderByOccurredAtAscIdAsc(get(reference).getId());
	}

	/** Moves the partner to a new status, or throws {@link IllegalStatusTransitionException}. */
	public Partner changeStatus(String reference, PartnerStatus target, String actor, String why) {
		Partner partner = get(reference);
		if (!partner.getStatus().canMoveTo(target)) {
			throw new IllegalStatusTransitionException(reference, partner.getStatus(), target);
		}
		PartnerStatus from = partner.getStatus();
		partner.moveTo(target, now());
		append(partner, actor, "STATUS_" + target, from + " -> " + target + (why == null || why.isBlank() ? "" : ": " + why));
		log.info("Partner {} {} -> {}", reference, from, target);
		return partner;
	}

	/** Appends a line to the partner's timeline without changing its state. */
	public void record(String reference, String actor, String kind, String description) {
		append(get(reference), actor, kind, description);
	}

	public Partner recordSelectionScore(String reference, int score, String actor) {
		Partner partner = get(reference);
		partner.setSelectionScore(score);
		append(partner, actor, "SELECTION_SCORE", "Selection criteria score " + score);
		return partner;
	}

	public Partner changeTier(String reference, String tier, String actor) {
		Partner partner = get(reference);
		String previous = partner.getTier();
		partner.setTier(tier);
		append(partner, actor, "TIER", "Tier " + (previous == null ? "none" : previous) + " -> " + tier);
		return partner;
	}

	/** Sets the contract signature date given by legal, which the 100-day plan counts from. */
	public Partner recordContractSignature(String reference, Instant signedAt, String actor) {
		Partner partner = changeStatus(reference, PartnerStatus.CONTRACT_SIGNED, actor, "contract signed");
		partner.setContractSignedAt(signedAt);
		return partner;
	}

	/** Records a deal; the first one sets the first-deal date. Returns true when it was the first. */
	public boolean recordDeal(String reference, Instant signedAt, String actor, String description) {
		Partner partner = get(reference);
		boolean first = partner.getFirstDealAt() == null;
		if (first) {
			partner.setFirstDealAt(signedAt);
		}
		append(partner, actor, first ? "FIRST_DEAL" : "DEAL", description);
		return first;
	}

	private void append(Partner partner, String actor, String kind, String description) {
		events.save(new PartnerEvent(partner.getId(), now(), actor, kind, description));
	}

	private static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
