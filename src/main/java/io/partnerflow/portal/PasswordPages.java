package io.partnerflow.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import jakarta.validation.Validator;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Setting a portal password through a password link (an invitation, or a reset asked for): the
 * link opens the account it was issued for, once. The password is kept as Spring Security's
 * delegating encoder hashes it (bcrypt today, its algorithm named in front of the hash).
 */
@Service
@Transactional
class PasswordPages {

	/** What a password link shows: its state, and when it opens, the account and its partner. */
	record Opened(LinkState state, PortalAccount account, Partner partner) {
	}

	private final PortalLinks links;

	private final PortalAccounts accounts;

	private final PartnerService partners;

	private final PasswordEncoder encoder;

	private final SpringValidatorAdapter validator;

	private final Clock clock;

	PasswordPages(PortalLinks links, PortalAccounts accounts, PartnerService partners, PortalPasswords passwords,
			Validator validator, Clock clock) {
		this.links = links;
		this.accounts = accounts;
		this.partners = partners;
		this.encoder = passwords.encoder();
		this.validator = new SpringValidatorAdapter(validator);
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Opened open(String token) {
		return opened(links.find(token));
	}

	/** Sets the password when the link opens and the password fits ({@code errors} says why not); true when set. */
	boolean set(String token, PasswordForm form, Errors errors) {
		Optional<PortalLink> link = links.lock(token);
		Opened opened = opened(link);
		if (opened.state() != LinkState.OPEN) {
			return false;
		}
		validator.validate(form, errors);
		if (!errors.hasFieldErrors("password") && !form.getPassword().equals(form.getConfirmation())) {
			errors.rejectValue("confirmation", "Mismatch");
		}
		if (form.getPassword() != null && form.getPassword().strip().equalsIgnoreCase(opened.account().email())) {
			errors.rejectValue("password", "SameAsEmail");
		}
		if (errors.hasErrors()) {
			return false;
		}
		Instant now = Instant.now(clock);
		boolean first = !opened.account().active();
		opened.account().setPassword(encoder.encode(form.getPassword()), now);
		link.get().use(now);
		partners.record(opened.partner().getReference(), PartnerService.CONTACT_ACTOR, "PORTAL_PASSWORD",
				(first ? "Portal account opened for " : "Portal password changed for ") + opened.account().name());
		return true;
	}

	private Opened opened(Optional<PortalLink> link) {
		if (link.isEmpty() || link.get().purpose() != PortalLink.Purpose.PASSWORD) {
			return new Opened(LinkState.UNKNOWN, null, null);
		}
		PortalAccount account = accounts.byId(link.get().accountId()).orElseThrow();
		return new Opened(LinkState.of(link.get(), Instant.now(clock)), account, partners.get(account.partnerReference()));
	}

}
