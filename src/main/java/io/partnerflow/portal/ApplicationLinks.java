package io.partnerflow.portal;

import java.time.Duration;

import io.partnerflow.notification.PersonalLinks;
import io.partnerflow.recruitment.RecruitmentSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The link the application request and its reminder carry ({@code application-file}): it opens the
 * candidate's application file in the portal until the application lapses (the reminder's delay
 * plus the lapse delay after it, from the first request), once.
 */
@Component
class ApplicationLinks implements PersonalLinks {

	static final String PURPOSE = "application-file";

	/** The page a link opens, below the base address; the token follows. */
	static final String PATH = "/portal/application/";

	private final PortalLinks links;

	private final RecruitmentSettings settings;

	private final String baseUrl;

	ApplicationLinks(PortalLinks links, RecruitmentSettings settings, @Value("${partnerflow.base-url}") String baseUrl) {
		this.links = links;
		this.settings = settings;
		this.baseUrl = baseUrl;
	}

	@Override
	public String purpose() {
		return PURPOSE;
	}

	@Override
	public String issue(String reference) {
		Duration validity = Duration.parse(settings.getApplicationLapseDelay());
		return baseUrl + PATH + links.issueForApplication(reference, validity);
	}

}
