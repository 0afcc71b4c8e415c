package io.partnerflow.tier;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.partnerflow.tier.TierFigures.Figures;
import io.partnerflow.tier.TierRules.TierRule;

/**
 * What the letter of a tier change ({@code partner-tier-changed}) says, written in the partner's
 * language: the old and the new tier, the figures the table was given, and what the next tier up
 * needs, from the rules of the deployed table ({@link TierRules}), never a copy of them. The mail
 * templates read these as process variables.
 */
final class TierLetter {

	static final String PREVIOUS_TIER = "previousTier";

	static final String NEW_TIER = "newTier";

	static final String REVENUE = "tierRevenue";

	static final String SALES_PEOPLE = "tierSalesPeople";

	static final String TECHNICIANS = "tierTechnicians";

	/** The next tier up, or an empty text at the top. */
	static final String NEXT_TIER = "nextTier";

	static final String NEXT_TIER_REVENUE = "nextTierRevenue";

	static final String NEXT_TIER_SALES_PEOPLE = "nextTierSalesPeople";

	static final String NEXT_TIER_TECHNICIANS = "nextTierTechnicians";

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private TierLetter() {
	}

	/** The letter's variables, in {@code language} (English or French). */
	static Map<String, Object> variables(String previousTier, String newTier, Figures figures,
			Optional<TierRule> next, Locale language) {
		boolean french = "fr".equals(language.getLanguage());
		Map<String, Object> letter = new HashMap<>();
		letter.put(PREVIOUS_TIER, previousTier == null ? (french ? "aucun" : "none") : previousTier);
		letter.put(NEW_TIER, newTier);
		letter.put(REVENUE, whole(figures.yearlyRevenue(), french));
		letter.put(SALES_PEOPLE, whole(figures.certifiedSalesPeople(), french));
		letter.put(TECHNICIANS, whole(figures.certifiedTechnicians(), french));
		letter.put(NEXT_TIER, next.map(TierRule::tier).orElse(""));
		letter.put(NEXT_TIER_REVENUE, condition(next, TierRules.YEARLY_REVENUE, french));
		letter.put(NEXT_TIER_SALES_PEOPLE, condition(next, TierRules.CERTIFIED_SALES_PEOPLE, french));
		letter.put(NEXT_TIER_TECHNICIANS, condition(next, TierRules.CERTIFIED_TECHNICIANS, french));
		return letter;
	}

	/** A condition of the table as people read it: "≥ 500,000" ("≥ 500 000" in French), "any" when it has none. */
	static String condition(Optional<TierRule> rule, String input, boolean french) {
		if (rule.isEmpty()) {
			return "";
		}
		String unaryTest = rule.get().conditions().get(input);
		if (unaryTest == null || unaryTest.isBlank() || unaryTest.strip().equals("-")) {
			return french ? "sans condition" : "any";
		}
		String text = unaryTest.strip().replace(">=", "≥ ").replace("<=", "≤ ").replaceAll("\\s+", " ");
		Matcher number = NUMBER.matcher(text);
		StringBuilder written = new StringBuilder();
		while (number.find()) {
			number.appendReplacement(written, Matcher.quoteReplacement(whole(Long.parseLong(number.group()), french)));
		}
		return number.appendTail(written).toString();
	}

	static String whole(long value, boolean french) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
		symbols.setGroupingSeparator(french ? ' ' : ',');
		return new DecimalFormat("#,##0", symbols).format(value);
	}

}
