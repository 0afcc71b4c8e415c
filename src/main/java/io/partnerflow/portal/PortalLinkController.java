package io.partnerflow.portal;

import java.security.Principal;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.Groups;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Withdraws a candidate's personal links ({@code DELETE /api/partners/{reference}/portal-links}), for a
 * link sent to a wrong address or passed on: each open link then shows a page saying it was withdrawn.
 * Recruiters and managers; an unknown partner is a 404 problem. The next reminder mail carries a new link.
 */
@RestController
class PortalLinkController {

	record Withdrawn(String reference, int withdrawn) {
	}

	private final PortalLinks links;

	private final PartnerService partners;

	PortalLinkController(PortalLinks links, PartnerService partners) {
		this.links = links;
		this.partners = partners;
	}

	@DeleteMapping("/api/partners/{reference}/portal-links")
	@PreAuthorize(Groups.RECRUITERS_OR_MANAGERS)
	@Transactional
	Withdrawn withdraw(@PathVariable String reference, Principal user) {
		partners.get(reference);
		int withdrawn = links.revoke(reference, PortalLink.Purpose.APPLICATION_FILE);
		if (withdrawn > 0) {
			partners.record(reference, user.getName(), "PORTAL_LINKS_WITHDRAWN",
					"Application file links withdrawn (" + withdrawn + ")");
		}
		return new Withdrawn(reference, withdrawn);
	}

}
