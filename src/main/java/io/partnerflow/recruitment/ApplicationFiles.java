package io.partnerflow.recruitment;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.partnerflow.committee.ApplicationFileSource;
import io.partnerflow.committee.ApplicationFileView;
import io.partnerflow.partner.PartnerService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each partner's application file, once, in the table {@code application_file}: its only record
 * (no process variable carries it). The committee reads it here, through its own
 * {@link ApplicationFileSource}.
 */
@Service
@Transactional
public class ApplicationFiles implements ApplicationFileSource {

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

	@Override
	@Transactional(readOnly = true)
	public Optional<ApplicationFileView> applicationFile(String reference) {
		return files.findByPartnerReference(reference).map(file -> file.data().forCommittee());
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
