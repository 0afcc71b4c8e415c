package io.partnerflow.recruitment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.partnerflow.partner.Markets;
import io.partnerflow.system.FormOptions;
import org.springframework.stereotype.Component;

/**
 * The candidate form's markets: those offered today, in the reader's language. What the form sends
 * is checked when the candidate is listed ({@link Markets#canonical}), whoever sent it.
 */
@Component
class CandidateFormMarkets implements FormOptions {

	private final Markets markets;

	CandidateFormMarkets(Markets markets) {
		this.markets = markets;
	}

	@Override
	public Optional<List<Option>> options(String formId, String key, Locale language) {
		if (!RecruitmentProcess.FORM_LIST_CANDIDATE.equals(formId) || !Markets.FIELD.equals(key)) {
			return Optional.empty();
		}
		return Optional.of(markets.offered()
			.stream()
			.map(market -> new Option(market.getName(), market.label(language)))
			.toList());
	}

}
