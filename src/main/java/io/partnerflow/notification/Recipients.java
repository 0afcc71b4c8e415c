package io.partnerflow.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import io.partnerflow.partner.PartnerService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Turns recipient specifications into e-mail addresses: {@code user:ID}, {@code group:ID} (every
 * member), {@code partner:REFERENCE} (the partner's contact), {@code recruiter:REFERENCE} (the
 * partner's recruiter) or a plain address.
 */
@Component
class Recipients {

	private final IdentityService identityService;

	private final PartnerService partners;

	Recipients(IdentityService identityService, PartnerService partners) {
		this.identityService = identityService;
		this.partners = partners;
	}

	Set<String> resolve(Collection<String> specs) {
		Set<String> addresses = new LinkedHashSet<>();
		for (String spec : specs) {
			String s = spec.strip();
			int colon = s.indexOf(':');
			String kind = colon < 0 ? "" : s.substring(0, colon);
			String id = s.substring(colon + 1).strip();
			switch (kind) {
				case "user" -> addIfPresent(addresses, identityService.createUserQuery().userId(id).singleResult());
				case "group" -> identityService.createUserQuery()
					.memberOfGroup(id)
					.list()
					.forEach(user -> addIfPresent(addresses, user));
				case "partner" -> addresses.add(partners.get(id).getContactEmail());
				case "recruiter" -> addIfPresent(addresses,
						identityService.createUserQuery().userId(partners.get(id).getRecruiter()).singleResult());
				case "" -> {
					if (!s.contains("@")) {
						throw new IllegalArgumentException("Not a recipient: " + spec);
					}
					addresses.add(s);
				}
				default -> throw new IllegalArgumentException("Unknown kind of recipient: " + spec);
			}
		}
		return addresses;
	}

	private static void addIfPresent(Set<String> addresses, User user) {
		if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
			addresses.add(user.getEmail());
		}
	}

}
