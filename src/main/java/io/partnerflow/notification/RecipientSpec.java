package io.partnerflow.notification;

/**
 * One recipient of a mail, by kind: the partner's contact or its recruiter (of the partner whose
 * reference is {@code id}), a user or a group (their Camunda ids). The kind is what the template's
 * audience is checked against ({@link MailAudience}). There is no kind for a plain address: nobody
 * could tell whether it is a colleague's or a partner's. A model names them with typed fields
 * ({@link MailStep}).
 */
record RecipientSpec(Kind kind, String id) {

	enum Kind {
		PARTNER, RECRUITER, USER, GROUP
	}

	static RecipientSpec partnerOf(String reference) {
		return new RecipientSpec(Kind.PARTNER, reference);
	}

	static RecipientSpec recruiterOf(String reference) {
		return new RecipientSpec(Kind.RECRUITER, reference);
	}

	static RecipientSpec user(String id) {
		return new RecipientSpec(Kind.USER, id);
	}

	static RecipientSpec group(String id) {
		return new RecipientSpec(Kind.GROUP, id);
	}

	/** In a refusal's words: "the partner's contact", "the group managers". */
	@Override
	public String toString() {
		return switch (kind) {
			case PARTNER -> "the partner's contact";
			case RECRUITER -> "the partner's recruiter";
			case USER -> "the user " + id;
			case GROUP -> "the group " + id;
		};
	}

}
