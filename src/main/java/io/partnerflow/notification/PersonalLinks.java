package io.partnerflow.notification;

/**
 * The personal links a letter to a partner carries: a template that declares one
 * ({@code <meta name="personal-link" content="PURPOSE" th:remove="all">}) is given it as
 * {@code personalLink}, issued for that mail when it is sent. Implemented where the link leads (the
 * partner portal), so that mail does not depend on it. The link is the contact's credential: a
 * mail that carries one goes to the partner's contact alone, without the recruiter in copy.
 */
public interface PersonalLinks {

	/** The purpose a template names, such as {@code application-file}. */
	String purpose();

	/** A new link for the contact of the partner {@code reference}: an absolute address, valid from now. */
	String issue(String reference);

}
