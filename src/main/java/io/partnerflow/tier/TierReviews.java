package io.partnerflow.tier;

import java.util.Map;
import java.util.Objects;

import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerLanguage;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.tier.TierFigures.Figures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what a review of a partner's tier found, whichever model reviewed it (the tier review, the
 * 100-day plan after training): the tier the decision table gave, with the figures it was given, in
 * the partner's timeline; the partner's tier changed when it differs; and, for a change, the letter
 * that explains it ({@link TierLetter}).
 */
@Service
@Transactional
public class TierReviews {

	/** What the review found: the tier before and now, and the letter's variables when it changed (else empty). */
	public record Review(String previousTier, String tier, boolean changed, Map<String, Object> letter) {
	}

	private final PartnerService partners;

	private final TierRules rules;

	TierReviews(PartnerService partners, TierRules rules) {
		this.partners = partners;
		this.rules = rules;
	}

	/**
	 * @param tier what the decision table {@code partner-tier} gave for {@code figures}
	 * @param occasion why the tier was reviewed, for the timeline ("scheduled review", "won deal")
	 * @return what the review found; nothing is recorded for a partner that left the network meanwhile
	 */
	public Review record(String reference, String tier, Figures figures, String occasion) {
		Objects.requireNonNull(tier, "the decision table gave no tier");
		Partner before = partners.get(reference);
		if (before.getStatus().isFinal()) {
			// it left between the start of its review and now: a partner that left has no tier to review
			return new Review(before.getTier(), before.getTier(), false, Map.of());
		}
		String previous = partners.reviewTier(reference, tier, PartnerService.SYSTEM_ACTOR,
				"%s EUR of deals won in the last 12 months, %d certified sales people, %d certified technicians (%s)"
					.formatted(TierLetter.whole(figures.yearlyRevenue(), false), figures.certifiedSalesPeople(),
							figures.certifiedTechnicians(), occasion));
		boolean changed = !tier.equals(previous);
		if (!changed) {
			return new Review(previous, tier, false, Map.of());
		}
		return new Review(previous, tier, true,
				TierLetter.variables(previous, tier, figures, rules.nextAbove(tier), PartnerLanguage.of(before)));
	}

}
