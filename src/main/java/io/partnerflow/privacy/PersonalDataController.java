package io.partnerflow.privacy;

import java.security.Principal;
import java.util.Map;

import io.partnerflow.system.Groups;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators answer a contact's requests: {@code GET} exports everything PartnerFlow holds
 * about the partner's contact (JSON), {@code POST .../erasure} erases it. Unknown partner 404, a
 * contact erased already 409, anyone but an administrator 403.
 */
@RestController
@RequestMapping(path = "/api/partners/{reference}/personal-data", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize(Groups.ADMINS_ONLY)
class PersonalDataController {

	private final ContactRequests requests;

	PersonalDataController(ContactRequests requests) {
		this.requests = requests;
	}

	@GetMapping
	Map<String, Object> export(@PathVariable String reference, Principal user) {
		return requests.export(reference, user.getName());
	}

	@PostMapping("/erasure")
	ContactRequests.Erasure erase(@PathVariable String reference, Principal user) {
		return requests.erase(reference, user.getName());
	}

}
