package io.partnerflow.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One recipient as a model names it: {@code partner} (the partner's contact), {@code recruiter} (the
 * partner's recruiter), {@code user:ID} or {@code group:ID}; {@code partner:REFERENCE} and
 * {@code recruiter:REFERENCE} name another partner's. The kind is always written out, so it can be
 * checked against the template's audience before the model runs. A plain address is refused: nobody
 * can tell whether it is a colleague's or a partner's.
 */
record RecipientSpec(Kind kind, String id) {

	enum Kind {
		PARTNER, RECRUITER, USER, GROUP
	}

	/** @param reference the partner the mail is about, for {@code partner} and {@code recruiter} */
	static RecipientSpec parse(String text, String reference) {
		String s = text.strip();
		int colon = s.indexOf(':');
		String kindName = colon < 0 ? s : s.substring(0, colon).strip();
		String id = colon < 0 ? reference : s.substring(colon + 1).strip();
		Kind kind;
		try {
			kind = Kind.valueOf(kindName.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new MisaddressedMailException("Not a recipient: '" + text
					+ "' (partner, recruiter, user:ID or group:ID; plain addresses are not accepted)");
		}
		if (colon < 0 && (kind == Kind.USER || kind == Kind.GROUP) || id == null || id.isEmpty()) {
			throw new MisaddressedMailException("Recipient '" + text + "' names nobody");
		}
		return new RecipientSpec(kind, id);
	}

	/** The comma-separated list of a model's {@code to} field. */
	static List<RecipientSpec> parseList(String commaSeparated, String reference) {
		return Arrays.stream(commaSeparated.split(","))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.map(s -> parse(s, reference))
			.toList();
	}

	@Override
	public String toString() {
		return kind.name().toLowerCase(Locale.ROOT) + ":" + id;
	}

}
