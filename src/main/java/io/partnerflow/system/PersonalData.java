package io.partnerflow.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one feature holds about a partner's contact, a person: one bean per feature, which exports
 * it (access on request) and erases it (erasure on request). Erasing removes the person's name and
 * e-mail and the free texts people wrote about the partner, and keeps the figures, dates, kinds and
 * choices the KPIs and the processes count.
 */
public interface PersonalData {

	/** What stands for an erased name, e-mail or text. */
	String ERASED = "(erased)";

	/** The section of the export this feature fills, named for its table. */
	String section();

	/** What this feature holds about the partner: its rows, column by column, as JSON shows them. */
	Object export(Contact contact);

	/** Erases what this feature holds about the partner's contact; returns the rows it changed. */
	int erase(Contact contact);

	/** The partner whose contact is erased or exported, with the contact's name and e-mail as recorded, and who asked. */
	record Contact(String reference, String name, String email, String requestedBy) {

		/** The text with every mention of the contact's name and e-mail, in any case, replaced by {@link #ERASED}. */
		public String withoutContact(String text) {
			if (text == null) {
				return null;
			}
			String erased = text;
			for (String mention : new String[] { email, name }) {
				if (mention != null && !mention.isBlank()) {
					erased = Pattern.compile(Pattern.quote(mention), Pattern.CASE_INSENSITIVE)
						.matcher(erased)
						.replaceAll(Matcher.quoteReplacement(ERASED));
				}
			}
			return erased;
		}

	}

}
