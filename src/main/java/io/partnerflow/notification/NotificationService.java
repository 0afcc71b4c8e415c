package io.partnerflow.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import io.partnerflow.notification.MailTemplates.MailTemplate;
import io.partnerflow.notification.MailTemplates.RenderedMail;
import io.partnerflow.notification.Recipients.Addressees;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerLanguage;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.system.StaffLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Sends PartnerFlow's mails: a template, recipients, a model, and an idempotency key under which
 * the mail goes out once. Each template declares its audience (the partner, or staff); recipients
 * that do not belong to it are refused before anything is sent (see {@link MailAudience}). The key is
 * recorded once the final dot is on its way to the SMTP server, before its answer is read
 * ({@link RecordingSmtpTransport}); an SMTP failure is thrown, so the job that sends it is retried.
 * A mail is about a partner, except a report ({@link MailReports}), about none: the same path, the
 * same key, without the partner and its recruiter.
 */
@Service
public class NotificationService {

	private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

	private final MimeMails mimeMails;

	private final MailTemplates templates;

	private final Recipients recipients;

	private final SentMails sentMails;

	private final PartnerService partners;

	private final String from;

	private final String baseUrl;

	private final Clock clock;

	private final Map<String, PersonalLinks> personalLinks;

	private final Map<String, MailReports> reports;

	private final MailMeters meters;

	NotificationService(MimeMails mimeMails, MailTemplates templates, Recipients recipients,
			SentMails sentMails, PartnerService partners, @Value("${partnerflow.mail.from}") String from,
			@Value("${partnerflow.base-url}") String baseUrl, Clock clock, List<PersonalLinks> personalLinks,
			List<MailReports> reports, MailMeters meters) {
		this.meters = meters;
		this.mimeMails = mimeMails;
		this.templates = templates;
		this.recipients = recipients;
		this.sentMails = sentMails;
		this.partners = partners;
		this.from = from;
		this.baseUrl = baseUrl;
		this.clock = clock;
		this.personalLinks = personalLinks.stream().collect(Collectors.toUnmodifiableMap(PersonalLinks::purpose, links -> links));
		this.reports = reports.stream().collect(Collectors.toUnmodifiableMap(MailReports::purpose, report -> report));
	}

	/**
	 * Sends the mail unless a mail with this key went out before.
	 * @param idempotencyKey unique per mail, such as process instance + activity
	 * @param template the name of the templates under {@code templates/mail/}
	 * @param reference the partner the mail is about; none for a report (ignored)
	 * @param to the recipients (see {@link RecipientSpec}); they must fit the template's audience
	 * @param variables the template's declared variables; {@code partner}, {@code recruiter} and
	 *        {@code baseUrl} are added, or for a report {@code baseUrl} and {@code report}
	 * @return true when the mail was sent now, false when it had been sent before or has nobody to go to
	 * @throws MisaddressedMailException when a recipient does not belong to the template's audience
	 */
	boolean send(String idempotencyKey, String template, String reference, Collection<RecipientSpec> to,
			Map<String, Object> variables) {
		MailTemplate declared = templates.template(template);
		to.forEach(declared::refuseIfAboutNoPartner);
		// a report is about no partner, whatever business key its process has
		Partner partner = declared.report() == null ? partners.get(reference) : null;
		PersonalLinks link = personalLinkOf(declared);
		Addressees resolved = recipients.resolve(declared.audience(), template, to);
		// a personal link is the contact's credential: nobody else receives it
		Addressees addressees = link == null ? resolved : resolved.toOnly();
		if (declared.audience() == MailAudience.INTERNAL && partner != null) {
			Recipients.refusePartnerContact(addressees, partner, template);
		}
		// a notice's parts in other languages are checked one by one below
		if (declared.audience() == MailAudience.PARTNER && sentMails.contains(idempotencyKey)) {
			log.info("Mail {} already sent, not sending it again", idempotencyKey);
			return false;
		}
		if (addressees.isEmpty()) {
			log.warn("Mail {} ({}) has no recipient with an e-mail address among {}", idempotencyKey, template, to);
			return false;
		}
		Map<String, Object> model = new HashMap<>(variables);
		if (link != null) {
			model.put(MailTemplates.PERSONAL_LINK, link.issue(reference));
		}
		if (declared.audience() == MailAudience.PARTNER) {
			// a letter to the partner is written in its language, its recruiter's copy too
			return deliver(idempotencyKey, declared, partner, addressees, model, PartnerLanguage.of(partner));
		}
		// a notice to colleagues is written in each reader's language: one mail per language, each sent once
		boolean sent = false;
		for (Map.Entry<Locale, Addressees> part : addressees.byLanguage(Locale.ENGLISH).entrySet()) {
			String partKey = languagePartKey(idempotencyKey, part.getKey());
			if (!sentMails.contains(partKey)) {
				sent |= deliver(partKey, declared, partner, part.getValue(), new HashMap<>(model), part.getKey());
			}
		}
		return sent;
	}

	/**
	 * The key of a notice's part in one language: the notice's own key for the first of
	 * {@link StaffLanguages#SUPPORTED} (English: the key a notice had before there were languages),
	 * the key and the language's tag for another, so a retry sends only the parts not sent yet.
	 */
	static String languagePartKey(String idempotencyKey, Locale language) {
		return language.equals(StaffLanguages.SUPPORTED.get(0)) ? idempotencyKey
				: idempotencyKey + "/" + language.getLanguage();
	}

	/**
	 * A letter to one person of a partner, at the address of its account in the partner portal, with
	 * the personal link the portal issued for it: a colleague's invitation, a password reset. The
	 * template must be a letter to the partner that declares a personal link; the portal, which
	 * calls this, vouches that the address is one of the partner's accounts (models cannot name an
	 * address: {@link RecipientSpec}).
	 * @return true when the mail was sent now, false when a mail with this key went out before
	 */
	public boolean sendPersonalLetter(String idempotencyKey, String template, String reference, String address,
			String personalLink, Map<String, Object> variables) {
		MailTemplate declared = templates.template(template);
		if (!MailTemplates.PORTAL_PASSWORD_LINK.equals(declared.personalLink())) {
			throw new MisaddressedMailException("Mail template " + template + " is not a letter with a password link"
					+ " of the partner portal (personal-link " + MailTemplates.PORTAL_PASSWORD_LINK + "): the portal sends only those");
		}
		if (sentMails.contains(idempotencyKey)) {
			log.info("Mail {} already sent, not sending it again", idempotencyKey);
			return false;
		}
		Map<String, Object> model = new HashMap<>(variables);
		model.put(MailTemplates.PERSONAL_LINK, personalLink);
		Partner partner = partners.get(reference);
		return deliver(idempotencyKey, declared, partner, new Addressees(List.of(address), List.of(), List.of()), model,
				PartnerLanguage.of(partner));
	}

	/**
	 * Renders the template with {@code model} (plus partner, recruiter, base address; for a report, with
	 * no partner, the base address and the report in that language) and sends it once.
	 */
	private boolean deliver(String idempotencyKey, MailTemplate declared, Partner partner, Addressees addressees,
			Map<String, Object> model, Locale language) {
		String template = declared.name();
		String reference = partner == null ? null : partner.getReference();
		StaffMember recruiter = partner == null ? null
				: recipients.staffMember(partner.getRecruiter()).orElseGet(() -> new StaffMember("our partner team", from));
		List<MailReports.InlineImage> images = List.of();
		if (partner != null) {
			model.put("partner", partner);
			model.put("recruiter", recruiter);
		}
		else {
			MailReports.Report report = reportOf(declared).write(language);
			model.put(MailTemplates.REPORT, report.content());
			images = report.images();
		}
		model.put("baseUrl", baseUrl);
		// in the language asked for, when the template has that translation
		RenderedMail mail = templates.render(template, model, language).with(images);
		String replyTo = declared.audience() == MailAudience.PARTNER ? recruiter.getEmail() : null;
		String all = String.join(", ", addressees.all());
		AtomicBoolean recorded = new AtomicBoolean();
		AtomicBoolean recordedMeanwhile = new AtomicBoolean();
		meters.attempt(template);
		try {
			RecordingSmtpTransport.sendRecording(() -> {
				try {
					sentMails.record(idempotencyKey, reference, template, all, mail.subject(), Instant.now(clock));
					recorded.set(true);
				}
				catch (DataIntegrityViolationException otherAttempt) {
					recordedMeanwhile.set(true);
				}
			}, () -> mimeMails.send(idempotencyKey, addressees, replyTo, mail));
		}
		catch (RuntimeException notAccepted) {
			if (recorded.get()) {
				sentMails.forget(idempotencyKey);
			}
			meters.failed(template);
			throw notAccepted;
		}
		// accepted, even when another attempt sent it at the same moment
		meters.sent(template);
		if (recordedMeanwhile.get()) {
			log.warn("Mail {} was also sent by another attempt at the same time, under the same Message-ID", idempotencyKey);
			return false;
		}
		log.info("Mail {} '{}' sent to {}", idempotencyKey, mail.subject(), all);
		return true;
	}

	private MailReports reportOf(MailTemplate declared) {
		MailReports report = reports.get(declared.report());
		if (report == null) {
			throw new MisaddressedMailException("Mail template " + declared.name() + " is the report " + declared.report()
					+ ", which nothing writes");
		}
		return report;
	}

	private PersonalLinks personalLinkOf(MailTemplate declared) {
		if (declared.personalLink() == null) {
			return null;
		}
		PersonalLinks link = personalLinks.get(declared.personalLink());
		if (link == null) {
			throw new MisaddressedMailException("Mail template " + declared.name() + " carries a personal link for "
					+ declared.personalLink() + ", which nothing issues");
		}
		return link;
	}

	/** The mails sent about the partner, oldest first: when, the template and subject, the recipients' addresses. */
	public List<SentMail> sentAbout(String reference) {
		return sentMails.about(reference);
	}

	/** The process variables a template declares it reads (see {@link MailTemplates}). */
	Set<String> variablesOf(String template) {
		return templates.template(template).variables();
	}

}
