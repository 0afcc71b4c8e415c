package io.partnerflow.partner;

import java.util.LinkedHashMap;
import java.util.Map;

import io.partnerflow.system.PersonalData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The partner's contact (name, e-mail) and its timeline: exported as they are, erased by {@link PartnerService}. */
@Component
class PartnerPersonalData implements PersonalData {

	private final PartnerService partners;

	PartnerPersonalData(PartnerService partners) {
		this.partners = partners;
	}

	@Override
	public String section() {
		return "partner";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(Contact contact) {
		Partner partner = partners.get(contact.reference());
		Map<String, Object> held = new LinkedHashMap<>();
		held.put("reference", partner.getReference());
		held.put("company", partner.getCompany());
		held.put("contactName", partner.getContactName());
		held.put("contactEmail", partner.getContactEmail());
		held.put("website", partner.getWebsite());
		held.put("status", partner.getStatus());
		held.put("recruiter", partner.getRecruiter());
		held.put("listedAt", partner.getListedAt());
		held.put("timeline", partners.timeline(contact.reference()).stream().map(event -> Map.of("occurredAt",
				event.getOccurredAt(), "actor", event.getActor(), "kind", event.getKind(), "description", event.getDescription()))
			.toList());
		return held;
	}

	@Override
	public int erase(Contact contact) {
		return partners.eraseContact(contact.reference(), contact.requestedBy());
	}

}
