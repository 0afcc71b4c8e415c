package io.partnerflow.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.partnerflow.notification.NotificationService;
import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import jakarta.validation.Validator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The password links the portal mails itself: a colleague's invitation, by an account of the same
 * partner, to an address of the company's own mail domain; and a reset asked for on the login page,
 * sent only to an address that has an account, not again while a link mailed less than
 * {@link #RESET_PAUSE} ago is still open, and answered the same whether the address has one or not.
 */
@Service
@Transactional
class PortalInvitations {

	/** A reset asked for again within this pause sends nothing more (a mailbox is not flooded). */
	static final Duration RESET_PAUSE = Duration.ofMinutes(5);

	static final String COLLEAGUE_INVITATION = "portal-colleague-invitation";

	static final String PASSWORD_RESET = "portal-password-reset";

	private final PortalAccountRepository accounts;

	private final PortalLinks links;

	private final PortalLinkRepository linkRecords;

	private final PartnerService partners;

	private final NotificationService mails;

	private final SpringValidatorAdapter validator;

	private final Duration invitationValidity;

	private final Duration resetValidity;

	private final String baseUrl;

	private final Clock clock;

	PortalInvitations(PortalAccountRepository accounts, PortalLinks links, PortalLinkRepository linkRecords,
			PartnerService partners, NotificationService mails, Validator validator,
			@Value("${partnerflow.portal.invitation-valid-for}") Duration invitationValidity,
			@Value("${partnerflow.portal.reset-valid-for}") Duration resetValidity,
			@Value("${partnerflow.base-url}") String baseUrl, Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.linkRecords = linkRecords;
		this.partners = partners;
		this.mails = mails;
		this.validator = new SpringValidatorAdapter(validator);
		this.invitationValidity = invitationValidity;
		this.resetValidity = resetValidity;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	/** The partner's accounts, the oldest first. */
	@Transactional(readOnly = true)
	List<PortalAccount> colleaguesOf(String reference) {
		return accounts.findByPartnerReferenceOrderByInvitedAt(reference);
	}

	/** Invites the colleague when the form fits ({@code errors} says why not); true when the mail went out. */
	boolean invite(PortalUser inviter, ColleagueForm form, Errors errors) {
		validator.validate(form, errors);
		if (errors.hasErrors()) {
			return false;
		}
		Partner partner = partners.get(inviter.partnerReference());
		Optional<String> domain = CandidateData.companyDomainOf(partner.getContactEmail());
		if (domain.isEmpty()) {
			errors.reject("Colleague.publicDomain");
			return false;
		}
		if (!CandidateData.domainOf(form.getEmail()).equals(domain.get())) {
			errors.rejectValue("email", "Colleague.otherDomain", new Object[] { domain.get() }, null);
			return false;
		}
		if (accounts.findByEmail(form.getEmail()).isPresent()) {
			errors.rejectValue("email", "Colleague.exists");
			return false;
		}
		PortalAccount account = accounts.save(new PortalAccount(partner.getReference(), form.getEmail(), form.getName(),
				Instant.now(clock), inviter.email()));
		send(account, COLLEAGUE_INVITATION, invitationValidity, Map.of("personName", account.name(), "invitedBy",
				inviter.name()));
		partners.record(partner.getReference(), PartnerService.CONTACT_ACTOR, "PORTAL_INVITATION",
				"Portal invitation sent to " + account.name() + " by " + inviter.name());
		return true;
	}

	/** Mails a new password link to the account of this address, if there is one and none went out lately. */
	void reset(String email) {
		if (email == null || email.isBlank() || email.length() > 254) {
			return;
		}
		Optional<PortalAccount> account = accounts.findByEmail(email.strip().toLowerCase());
		if (account.isEmpty()) {
			return;
		}
		// a link mailed lately and still open: the mail is on its way, or in the mailbox
		Instant now = Instant.now(clock);
		boolean lately = linkRecords.findByAccountIdAndPurpose(account.get().id(), PortalLink.Purpose.PASSWORD)
			.stream()
			.anyMatch(link -> link.openAt(now) && link.issuedAt().isAfter(now.minus(RESET_PAUSE)));
		if (!lately) {
			send(account.get(), PASSWORD_RESET, resetValidity, Map.of("personName", account.get().name()));
		}
	}

	private void send(PortalAccount account, String template, Duration validity, Map<String, Object> variables) {
		String token = links.issueForPassword(account, validity);
		mails.sendPersonalLetter("portal/" + PortalLinks.hash(token), template, account.partnerReference(),
				account.email(), baseUrl + InvitationLinks.PATH + token, variables);
	}

}
