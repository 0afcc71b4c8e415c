package io.partnerflow.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The portal's accounts: the partner's contact, invited when its contract is signed, and its colleagues. */
@Service
@Transactional
class PortalAccounts {

	private final PortalAccountRepository accounts;

	private final PartnerService partners;

	private final Clock clock;

	PortalAccounts(PortalAccountRepository accounts, PartnerService partners, Clock clock) {
		this.accounts = accounts;
		this.partners = partners;
		this.clock = clock;
	}

	/** The account of the partner's contact, opened now (without a password) if it has none. */
	PortalAccount contactOf(String reference) {
		Partner partner = partners.get(reference);
		String email = partner.getContactEmail();
		PortalAccount account = accounts.findByEmail(email)
			.orElseGet(() -> accounts.save(new PortalAccount(reference, email, partner.getContactName(),
					Instant.now(clock), PartnerService.SYSTEM_ACTOR)));
		if (!account.partnerReference().equals(reference)) {
			throw new ConflictException("Address already has a portal account",
					"The contact address of " + reference + " already opens the portal for another partner");
		}
		return account;
	}

	@Transactional(readOnly = true)
	Optional<PortalAccount> byEmail(String email) {
		return email == null ? Optional.empty() : accounts.findByEmail(email.strip().toLowerCase());
	}

	@Transactional(readOnly = true)
	Optional<PortalAccount> byId(Long id) {
		return accounts.findById(id);
	}

	/** Keeps the language the person picked for its pages. */
	void speak(Long accountId, String language) {
		accounts.findById(accountId).ifPresent(account -> account.speak(language));
	}

}
