package io.partnerflow.recruitment;

import io.partnerflow.partner.PartnerService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each partner's application file, once. */
@Service
@Transactional
public class ApplicationFiles {

	private final ApplicationFileRepository files;

	private final PartnerService partners;

	ApplicationFiles(ApplicationFileRepository files, PartnerService partners) {
		this.files = files;
		this.partners = partners;
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
		files.save(new ApplicationFile(reference, data, submittedBy, ClockUtil.getCurrentTime().toInstant()));
		partners.record(reference, submittedBy, "APPLICATION_FILE", "Application file received");
	}

}
