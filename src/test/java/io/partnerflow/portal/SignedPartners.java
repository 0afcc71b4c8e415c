package io.partnerflow.portal;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.partnerflow.demo.MailCatcher;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.support.Jobs;
import io.partnerflow.support.TestPartners;
import org.camunda.bpm.engine.RuntimeService;

import static org.assertj.core.api.Assertions.assertThat;

/** Partners whose contract is signed and whose 100-day plan started, so that their contacts were invited to the portal. */
final class SignedPartners {

	private static final Pattern LINK = Pattern.compile("https?://\\S+/portal/password/[A-Za-z0-9_-]{43}");

	/** A signed partner: its reference, its contact's address, the invitation's link (on the test's server). */
	record Invited(String reference, String email, String link) {
	}

	private final int port;

	private final PartnerService partners;

	private final RuntimeService runtime;

	private final Jobs jobs;

	private final MailCatcher mailCatcher;

	SignedPartners(int port, PartnerService partners, RuntimeService runtime, Jobs jobs, MailCatcher mailCatcher) {
		this.port = port;
		this.partners = partners;
		this.runtime = runtime;
		this.jobs = jobs;
		this.mailCatcher = mailCatcher;
	}

	/** A partner of rita's, signed at {@code signedAt}, its plan started and its welcome mail sent. */
	Invited sign(String name, Instant signedAt) {
		return sign(TestPartners.candidate(name), signedAt);
	}

	/** This candidate of rita's, signed at {@code signedAt}, its plan started and its welcome mail sent. */
	Invited sign(CandidateData candidate, Instant signedAt) {
		Partner partner = partners.register(candidate, "rita");
		String reference = partner.getReference();
		for (PartnerStatus status : List.of(PartnerStatus.APPROACHED, PartnerStatus.APPLICATION_REQUESTED,
				PartnerStatus.IN_COMMITTEE, PartnerStatus.APPROVED)) {
			partners.changeStatus(reference, status, "rita", null);
		}
		partners.recordContractSignature(reference, signedAt, "luc");
		runtime.startProcessInstanceByKey(OnboardingProcess.KEY, reference,
				Map.of(OnboardingProcess.VAR_CONTRACT_SIGNED_AT, Date.from(signedAt)));
		jobs.runDue();
		MailCatcher.CaughtMail welcome = mailCatcher.mailsReceivedBy(partner.getContactEmail()).stream()
			.filter(mail -> LINK.matcher(mail.text()).find())
			.findFirst()
			.orElseThrow();
		return new Invited(reference, partner.getContactEmail(), passwordLink(welcome, port));
	}

	/** The password link a mail carries, on the test's server. */
	static String passwordLink(MailCatcher.CaughtMail mail, int port) {
		Matcher link = LINK.matcher(mail.text());
		assertThat(link.find()).as(mail.text()).isTrue();
		return link.group().replaceFirst("https?://[^/]+", "http://localhost:" + port);
	}

}
