package io.partnerflow.support;

import io.partnerflow.partner.Markets;

/** Markets a test names beyond the list every database starts with: a manager adds them first, as in life. */
public final class TestMarkets {

	private TestMarkets() {
	}

	/** The market, added by a manager unless it is already listed; its name. */
	public static String listed(Markets markets, String name) {
		if (markets.find(name).isEmpty()) {
			markets.add(name, null, "mona");
		}
		return name;
	}

}
