package io.partnerflow.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.function.ToIntFunction;

import io.partnerflow.system.BadRequestException;
import io.partnerflow.system.ConflictException;
import io.partnerflow.system.PersonalData;
import io.partnerflow.system.StaffLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of partner state. Every change appends to the partner's timeline; an illegal
 * change of status is refused. Time is the application's clock (the engine's), so simulated years
 * stay consistent.
 */
@Service
@Transactional
public class PartnerService {

	/** The actor a partner's timeline names for a change no person decided (a deadline, a decision table, a signal). */
	public static final String SYSTEM_ACTOR = "partnerflow";

	/** The actor a partner's timeline names for what its contact did in the partner portal. */
	public static final String CONTACT_ACTOR = "partner-contact";

	private static final Logger log = LoggerFactory.getLogger(PartnerService.class);

	private static final List<PartnerStatus> ENDED = Arrays.stream(PartnerStatus.values()).filter(PartnerStatus::isFinal).toList();

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "id");

	private final PartnerRepository partners;

	private final PartnerEventRepository events;

	private final PartnerListing listing;

	private final Clock clock;

	private final Markets markets;

	private final ApplicationEventPublisher publisher;

	PartnerService(PartnerRepository partners, PartnerEventRepository events, PartnerListing listing, Markets markets,
			Clock clock, ApplicationEventPublisher publisher) {
		this.markets = markets;
		this.publisher = publisher;
		this.partners = partners;
		this.events = events;
		this.listing = listing;
		this.clock = clock;
	}

	/**
	 * Lists a new candidate in one of the markets offered ({@link Markets#canonical}, else an
	 * {@link UnknownMarketException}), refusing one that looks like a partner already listed. The database's
	 * unique keys decide between simultaneous listings of one company: exactly one is listed.
	 */
	public Partner register(CandidateData typed, String recruiter) {
		CandidateData data = typed.inMarket(markets.canonical(typed.market()));
		listing.lookalikes(data).stream().findFirst().ifPresent(existing -> {
			throw new DuplicatePartnerException(data, existing);
		});
		Partner partner = listing.insert(data, recruiter, List.of(), now());
		append(partner, recruiter, "LISTED", "Listed as candidate by " + recruiter);
		return partner;
	}

	/**
	 * A manager lists a candidate the duplicate rule would refuse, for a reason kept in its timeline.
	 * The keys it shares stay with the partners it looks like, so the rule still holds for others.
	 */
	public Partner registerDespiteLookalikes(CandidateData typed, String manager, String reason) {
		CandidateData data = typed.inMarket(markets.canonical(typed.market()));
		List<Partner> lookalikes = listing.lookalikes(data);
		Partner partner = listing.insert(data, manager, lookalikes, now());
		append(partner, manager, "LISTED", "Listed as candidate by " + manager);
		for (Partner lookalike : lookalikes) {
			append(partner, manager, "DUPLICATE_RULE_OVERRIDDEN", "Listed although it looks like %s (%s): %s"
				.formatted(lookalike.getCompany(), lookalike.getReference(), reason.strip()));
		}
		return partner;
	}

	/**
	 * The partner a recruitment starts for, its row locked until the transaction ends, so two
	 * recruitments of one partner cannot start side by side.
	 */
	public Partner getForRecruitment(String reference) {
		return partners.findForUpdate(reference).orElseThrow(() -> new PartnerNotFoundException(reference));
	}

	/** The partner of this reference, if there is one (a lookup that refuses nothing, so a caller's transaction goes on). */
	@Transactional(readOnly = true)
	public Optional<Partner> find(String reference) {
		return partners.findByReference(reference);
	}

	@Transactional(readOnly = true)
	public Partner get(String reference) {
		return partners.findByReference(reference).orElseThrow(() -> new PartnerNotFoundException(reference));
	}

	@Transactional(readOnly = true)
	public Page<Partner> list(PartnerStatus status, Pageable pageable) {
		return status == null ? partners.findAll(pageable) : partners.findByStatus(status, pageable);
	}

	/** A page of the partners this search finds, newest first. */
	@Transactional(readOnly = true)
	public Page<Partner> search(PartnerSearch search, int page, int size) {
		return partners.findAll(search.specification(), PageRequest.of(page, size, NEWEST_FIRST));
	}

	/**
	 * The next partners of this search listed before the partner with id {@code beforeId}
	 * ({@code Long.MAX_VALUE}: from the newest), at most {@code limit}, newest first: an export
	 * reads the whole search in batches of bounded memory.
	 */
	@Transactional(readOnly = true)
	public List<Partner> searchBefore(PartnerSearch search, long beforeId, int limit) {
		return partners.findBy(search.before(beforeId), query -> query.sortBy(NEWEST_FIRST).limit(limit).all());
	}

	/** The names of every market (reference data, retired ones included), for the search's choice. */
	public List<String> markets() {
		return markets.all().stream().map(Market::getName).toList();
	}

	@Transactional(readOnly = true)
	public List<String> recruiters() {
		return partners.findRecruiters();
	}

	/**
	 * Passes the references of the partners whose story with the vendor ended (a final status) before
	 * this moment, the moment of their timeline's last event, to {@code batch}, 500 at a time, and
	 * sums what it answers: what the retention rules of their records count from. In a transaction
	 * that may write (not read-only, which PostgreSQL would hold to), as the batches delete.
	 */
	public int forEachEndedBefore(Instant moment, ToIntFunction<List<String>> batch) {
		List<String> ended = events.findEndedBefore(ENDED, moment);
		int total = 0;
		for (int from = 0; from < ended.size(); from += 500) {
			total += batch.applyAsInt(ended.subList(from, Math.min(ended.size(), from + 500)));
		}
		return total;
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
		if (target == PartnerStatus.EXITED) {
			publisher.publishEvent(new PartnerExited(reference));
		}
		return partner;
	}

	/**
	 * Erases the partner's contact, a person, on request: its name and e-mail, and the texts of the
	 * timeline (the events stay, with when, who and what kind); then the timeline says that the
	 * erasure happened and who asked for it. A contact erased already is a 409.
	 */
	public int eraseContact(String reference, String requestedBy) {
		Partner partner = get(reference);
		if (PersonalData.ERASED.equals(partner.getContactName())) {
			throw new ConflictException("Contact erased already", "The contact of " + reference + " was erased before");
		}
		partner.eraseContact(PersonalData.ERASED);
		int events = this.events.replaceDescriptions(List.of(reference), PersonalData.ERASED);
		append(partner, requestedBy, "CONTACT_ERASED",
				"The contact's name and e-mail and the texts about the partner were erased on request");
		log.info("Contact of partner {} erased on the request of {}", reference, requestedBy);
		return 1 + events;
	}

	/**
	 * Sets the language the partner's contact is written to in ({@code en}, {@code fr}): the contact's
	 * choice in the portal, or what their recruiter was told. A language PartnerFlow is not written in
	 * is refused; choosing the one the partner has already changes nothing.
	 */
	public Partner changeContactLanguage(String reference, String language, String actor) {
		Partner partner = get(reference);
		Locale chosen = StaffLanguages.supported(language)
			.orElseThrow(() -> new BadRequestException("language", "PartnerFlow writes in " + StaffLanguages.tags()));
		if (!chosen.getLanguage().equals(partner.getContactLanguage())) {
			boolean changes = !chosen.equals(PartnerLanguage.of(partner));
			partner.setContactLanguage(chosen.getLanguage());
			if (changes) {
				append(partner, actor, "CONTACT_LANGUAGE",
						"The contact is written to in " + chosen.getDisplayLanguage(Locale.ENGLISH) + " from now on");
			}
		}
		return partner;
	}

	/** Appends a line to the partner's timeline without changing its state. */
	public void record(String reference, String actor, String kind, String description) {
		append(get(reference), actor, kind, description);
	}

	/**
	 * Keeps the value proposition the recruiter presented at the approach (the partner's money: margin
	 * on an average deal, ROI, 3-year revenue) and tells the timeline.
	 */
	public Partner recordValueProposition(String reference, long averageDealMargin, int expectedRoi,
			long expectedRevenue3Years, String actor) {
		Partner partner = get(reference);
		partner.setValueProposition(averageDealMargin, expectedRoi, expectedRevenue3Years);
		append(partner, actor, "VALUE_PROPOSITION", String.format(Locale.ROOT,
				"Value proposition presented: %,d EUR margin on an average deal, %d%% expected return on investment, "
						+ "%,d EUR of revenue in 3 years", averageDealMargin, expectedRoi, expectedRevenue3Years));
		return partner;
	}

	public Partner recordSelectionScore(String reference, int score, String actor) {
		Partner partner = get(reference);
		partner.setSelectionScore(score);
		append(partner, actor, "SELECTION_SCORE", "Selection criteria score " + score);
		return partner;
	}

	/**
	 * The next partners in one of these statuses after the partner with id {@code afterId}, at most
	 * {@code limit}, by id: a schedule reads every partner in batches, each in a transaction of its own.
	 */
	@Transactional(readOnly = true)
	public List<Partner> inStatusAfter(List<PartnerStatus> statuses, long afterId, int limit) {
		return partners.findInStatusAfter(statuses, afterId, PageRequest.of(0, limit));
	}

	/**
	 * A review of the partner's tier: the tier it should have now ({@code tier}, what the decision
	 * table gave) and the figures it was given ({@code figures}, written in the timeline line). The
	 * partner's row is locked while it is compared and changed, so two reviews of one partner at the
	 * same moment (a won deal during the quarterly review) change it once. Every review writes its
	 * line: {@code TIER} when the tier changed, {@code TIER_REVIEWED} when it is kept.
	 * @return the tier before the review (null when it had none)
	 */
	public String reviewTier(String reference, String tier, String actor, String figures) {
		Partner partner = partners.findForUpdate(reference).orElseThrow(() -> new PartnerNotFoundException(reference));
		String previous = partner.getTier();
		if (tier.equals(previous)) {
			append(partner, actor, "TIER_REVIEWED", "Tier " + tier + " kept: " + figures);
		}
		else {
			partner.setTier(tier);
			append(partner, actor, "TIER", "Tier " + (previous == null ? "none" : previous) + " -> " + tier + ": " + figures);
			log.info("Partner {} tier {} -> {}", reference, previous, tier);
		}
		return previous;
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

	private Instant now() {
		return Instant.now(clock);
	}

}
