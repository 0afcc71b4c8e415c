package io.partnerflow.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.PersonalData;
import io.partnerflow.system.PersonalData.Contact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contact's requests about its personal data: the export of everything every feature and the
 * engine hold about it, and its erasure, all of it in one transaction (a failure erases nothing).
 */
@Service
class ContactRequests {

	private static final Logger log = LoggerFactory.getLogger(ContactRequests.class);

	private final PartnerService partners;

	private final List<PersonalData> holders;

	private final Clock clock;

	ContactRequests(PartnerService partners, List<PersonalData> holders, Clock clock) {
		this.partners = partners;
		this.holders = holders;
		this.clock = clock;
	}

	/** What an erasure did: rows changed per section; the partner's timeline holds the audit line. */
	record Erasure(String reference, String erasedBy, Instant erasedAt, Map<String, Integer> rowsChanged) {
	}

	@Transactional(readOnly = true)
	Map<String, Object> export(String reference, String requestedBy) {
		Contact contact = contact(reference, requestedBy);
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("reference", reference);
		export.put("exportedAt", Instant.now(clock));
		export.put("exportedBy", requestedBy);
		holders.forEach(holder -> export.put(holder.section(), holder.export(contact)));
		log.info("{} exported the personal data of the contact of {}", requestedBy, reference);
		return export;
	}

	@Transactional
	Erasure erase(String reference, String requestedBy) {
		Contact contact = contact(reference, requestedBy);
		Map<String, Integer> changed = new LinkedHashMap<>();
		holders.forEach(holder -> changed.put(holder.section(), holder.erase(contact)));
		return new Erasure(reference, requestedBy, Instant.now(clock), changed);
	}

	private Contact contact(String reference, String requestedBy) {
		Partner partner = partners.get(reference);
		return new Contact(reference, partner.getContactName(), partner.getContactEmail(), requestedBy);
	}

}
