package io.partnerflow.recruitment;

import java.time.Clock;
import java.time.Instant;

import io.partnerflow.partner.PartnerService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each partner's application file, once. */
@Service
@Transactional
public class ApplicationFiles {

	private final ApplicationFileRepository files;

	private final PartnerService partners;

	private final Clock clock;

	ApplicationFiles(ApplicationFileRepository files, PartnerService partners, Clock clock) {
		this.files = files;
		this.partners = partners;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean exists(String reference) {
		return files.existsByPartnerReference(reference);
	}

	/** Saves the file unless one is already kept (a retried job, or the API saved it first). */
	public void saveIfAbsent(String reference, ApplicationFileData data, String submittedBy) {
		if (files.existsByPartnerReference(reference)) {
			return;
		}
		files.save(new ApplicationFile(reference, data, submittedBy, Instant.now(clock)));
		partners.record(reference, submittedBy, "APPLICATION_FILE", "Application file received");
	}

}
