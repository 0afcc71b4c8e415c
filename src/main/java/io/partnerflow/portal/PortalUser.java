package io.partnerflow.portal;

import java.io.Serializable;

/**
 * Who is logged into the portal: an account of one partner. Every page after the login reads that
 * partner only, from here, never from the address, so no address opens another partner's data.
 */
record PortalUser(Long accountId, String partnerReference, String email, String name) implements Serializable {

	/** The one authority of a portal login; no other filter chain knows it. */
	static final String AUTHORITY = "PORTAL_PARTNER";

}
