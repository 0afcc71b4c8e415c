package io.partnerflow.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import io.partnerflow.notification.MailAudience.Addressing;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.StaffLanguages;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Turns a mail's recipients into addresses, placed by its template's audience: a letter goes to the
 * partner's contact with its recruiter in Cc; an internal notice names its people in To and reaches
 * the members of groups in Bcc, so that no department's copy lists the others' addresses (a reply to
 * all, or a forward to someone outside, then carries no staff directory). An internal notice never
 * goes to the partner's contact, even through a user whose profile e-mail was set to it.
 */
@Component
class Recipients {

	/**
	 * The addresses of one mail, each in one header only, and the language of each colleague among
	 * them (their choice on their account page, else the default); an address without one (the
	 * partner's contact) reads the mail's own language.
	 */
	record Addressees(List<String> to, List<String> cc, List<String> bcc, Map<String, Locale> languages) {

		Addressees(List<String> to, List<String> cc, List<String> bcc) {
			this(to, cc, bcc, Map.of());
		}

		boolean isEmpty() {
			return to.isEmpty() && cc.isEmpty() && bcc.isEmpty();
		}

		/** The same mail for its main recipients alone: nobody in copy. */
		Addressees toOnly() {
			return new Addressees(to, List.of(), List.of(), languages);
		}

		/**
		 * The same mail split by its readers' languages, each part in its headers, in the order of
		 * {@link StaffLanguages#SUPPORTED}; an address of no known language reads {@code otherwise}.
		 */
		Map<Locale, Addressees> byLanguage(Locale otherwise) {
			Map<Locale, Addressees> parts = new LinkedHashMap<>();
			for (Locale language : StaffLanguages.SUPPORTED) {
				Predicate<String> reads = address -> languages.getOrDefault(address, otherwise)
					.equals(language);
				Addressees part = new Addressees(to.stream().filter(reads).toList(), cc.stream().filter(reads).toList(),
						bcc.stream().filter(reads).toList(), languages);
				if (!part.isEmpty()) {
					parts.put(language, part);
				}
			}
			return parts;
		}

		List<String> all() {
			List<String> all = new ArrayList<>(to);
			all.addAll(cc);
			all.addAll(bcc);
			return all;
		}

	}

	private final IdentityService identityService;

	private final PartnerService partners;

	private final StaffLanguages staffLanguages;

	Recipients(IdentityService identityService, PartnerService partners, StaffLanguages staffLanguages) {
		this.identityService = identityService;
		this.partners = partners;
		this.staffLanguages = staffLanguages;
	}

	Addressees resolve(MailAudience audience, String template, Collection<RecipientSpec> specs) {
		Set<String> to = new LinkedHashSet<>();
		Set<String> cc = new LinkedHashSet<>();
		Set<String> bcc = new LinkedHashSet<>();
		Map<String, Locale> languages = new HashMap<>();
		for (RecipientSpec spec : specs) {
			Addressing addressing = audience.addressing(spec, template);
			Set<String> target = switch (addressing) {
				case TO -> to;
				case CC -> cc;
				case BCC -> bcc;
			};
			switch (spec.kind()) {
				case PARTNER -> Optional.of(partners.get(spec.id()).getContactEmail())
					.filter(email -> !email.isBlank()) // none once the contact was erased on request
					.ifPresent(target::add);
				case RECRUITER -> user(partners.get(spec.id()).getRecruiter()).ifPresent(user -> add(user, target, languages));
				case USER -> user(spec.id()).ifPresent(user -> add(user, target, languages));
				case GROUP -> identityService.createUserQuery()
					.memberOfGroup(spec.id())
					.list()
					.stream()
					.filter(Recipients::hasEmail)
					.forEach(user -> add(user, target, languages));
			}
		}
		cc.removeAll(to);
		bcc.removeAll(to);
		bcc.removeAll(cc);
		return new Addressees(List.copyOf(to), List.copyOf(cc), List.copyOf(bcc), Map.copyOf(languages));
	}

	private void add(User user, Set<String> target, Map<String, Locale> languages) {
		target.add(user.getEmail());
		languages.putIfAbsent(user.getEmail(), staffLanguages.of(user.getId()));
	}

	/** Refuses an internal notice that would reach the partner's contact through a colleague's address. */
	static void refusePartnerContact(Addressees addressees, Partner partner, String template) {
		String contact = partner.getContactEmail();
		if (contact != null && addressees.all().stream().anyMatch(contact::equalsIgnoreCase)) {
			throw new MisaddressedMailException("Mail template " + template + " is an internal notice, but one of its"
					+ " recipients has the e-mail of the partner's contact (" + partner.getReference() + ")");
		}
	}

	/** The colleague with this user id, named as a person, if Camunda knows them with an e-mail. */
	Optional<StaffMember> staffMember(String userId) {
		return user(userId).map(user -> {
			String name = StaffMember.fullName(user);
			return new StaffMember(name.isEmpty() ? user.getEmail() : name, user.getEmail());
		});
	}

	private Optional<User> user(String id) {
		if (id == null || id.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(identityService.createUserQuery().userId(id).singleResult())
			.filter(Recipients::hasEmail);
	}

	private static boolean hasEmail(User user) {
		return user.getEmail() != null && !user.getEmail().isBlank();
	}

}
