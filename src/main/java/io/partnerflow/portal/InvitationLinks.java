package io.partnerflow.portal;

import java.time.Duration;

import io.partnerflow.notification.PersonalLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The link the welcome to the 100-day plan carries ({@code portal-invitation}): it lets the partner's
 * contact set its portal password, once, within {@code partnerflow.portal.invitation-valid-for}. A
 * newer password link of the same account withdraws the older ones.
 */
@Component
class InvitationLinks implements PersonalLinks {

	static final String PURPOSE = "portal-invitation";

	/** The page a password link opens, below the base address; the token follows. */
	static final String PATH = "/portal/password/";

	private final PortalAccounts accounts;

	private final PortalLinks links;

	private final Duration validity;

	private final String baseUrl;

	InvitationLinks(PortalAccounts accounts, PortalLinks links,
			@Value("${partnerflow.portal.invitation-valid-for}") Duration validity,
			@Value("${partnerflow.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.links = links;
		this.validity = validity;
		this.baseUrl = baseUrl;
	}

	@Override
	public String purpose() {
		return PURPOSE;
	}

	@Override
	public String issue(String reference) {
		return baseUrl + PATH + links.issueForPassword(accounts.contactOf(reference), validity);
	}

}
