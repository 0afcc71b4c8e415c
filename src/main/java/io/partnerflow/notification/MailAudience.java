package io.partnerflow.notification;

import java.util.Locale;

/**
 * Who a mail template is written for, declared by the template itself
 * ({@code <meta name="audience" content="partner|internal">}), and how each kind of recipient is
 * addressed in it. A recipient that does not belong to the audience is refused: a configuration
 * error, never a mail that mixes a letter to the partner with what only staff may read.
 */
enum MailAudience {

	/** A letter to the partner's contact; its recruiter, whom the letter names, in copy. */
	PARTNER,

	/** A notice to staff: named people in To, the members of groups in Bcc. */
	INTERNAL;

	enum Addressing {
		TO, CC, BCC
	}

	/** How a recipient of this kind is addressed in a mail of this audience, or a refusal. */
	Addressing addressing(RecipientSpec recipient, String template) {
		return switch (this) {
			case PARTNER -> switch (recipient.kind()) {
				case PARTNER -> Addressing.TO;
				case RECRUITER -> Addressing.CC;
				case USER, GROUP -> throw new MisaddressedMailException("Mail template " + template
						+ " is a letter to the partner: " + recipient + " may not receive it (staff addresses stay"
						+ " out of a partner's letter; only its recruiter is in copy)");
			};
			case INTERNAL -> switch (recipient.kind()) {
				case PARTNER -> throw new MisaddressedMailException("Mail template " + template
						+ " is an internal notice: the partner may not receive it; send it a letter of its own");
				case USER, RECRUITER -> Addressing.TO;
				case GROUP -> Addressing.BCC;
			};
		};
	}

	static MailAudience parse(String declared, String template) {
		if (declared == null || declared.isBlank()) {
			throw new MisaddressedMailException("Mail template " + template
					+ " declares no audience: add <meta name=\"audience\" content=\"partner\"> or content=\"internal\"");
		}
		try {
			return valueOf(declared.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new MisaddressedMailException(
					"Mail template " + template + " declares an unknown audience '" + declared + "' (partner or internal)");
		}
	}

}
