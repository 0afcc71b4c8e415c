package io.partnerflow.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import io.partnerflow.notification.MailTemplates.MailTemplate;
import io.partnerflow.notification.MailTemplates.RenderedMail;
import io.partnerflow.notification.Recipients.Addressees;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends PartnerFlow's mails: a template, recipients, a model, and an idempotency key under which
 * the mail goes out once. Each template declares its audience (the partner, or staff); recipients
 * that do not belong to it are refused before anything is sent (see {@link MailAudience}). The key is
 * recorded once the final dot is on its way to the SMTP server, before its answer is read
 * ({@link RecordingSmtpTransport}); an SMTP failure is thrown, so the job that sends it is retried.
 */
@Service
public class NotificationService {

	private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

	private static final FileTypeMap NO_ATTACHMENTS = FileTypeMap.getDefaultFileTypeMap();

	/** The system property through which Jakarta Mail finds its stream provider without a service lookup. */
	static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	static {
		// Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader scan of the classpath for each
		// part of a mail it builds or reads (jakartaee/mail-api#699 and #861): 4% of the processor time of a
		// partner's lifecycle. Named, the provider is a loaded class away. An operator's own choice stays.
		if (System.getProperty(STREAM_PROVIDER) == null) {
			System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

	private final JavaMailSender mailSender;

	private final MailTemplates templates;

	private final Recipients recipients;

	private final SentMails sentMails;

	private final PartnerService partners;

	private final String from;

	private final String baseUrl;

	private final Clock clock;

	NotificationService(JavaMailSender mailSender, MailTemplates templates, Recipients recipients,
			SentMails sentMails, PartnerService partners, @Value("${partnerflow.mail.from}") String from,
			@Value("${partnerflow.base-url}") String baseUrl, Clock clock) {
		this.mailSender = mailSender;
		this.templates = templates;
		this.recipients = recipients;
		this.sentMails = sentMails;
		this.partners = partners;
		this.from = from;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	/**
	 * Sends the mail unless a mail with this key went out before.
	 * @param idempotencyKey unique per mail, such as process instance + activity
	 * @param template the name of the templates under {@code templates/mail/}
	 * @param reference the partner the mail is about
	 * @param to recipient specifications (see {@link RecipientSpec}); they must fit the template's audience
	 * @param variables the template's declared variables; {@code partner}, {@code recruiter} and
	 *        {@code baseUrl} are added
	 * @return true when the mail was sent now, false when it had been sent before or has nobody to go to
	 * @throws MisaddressedMailException when a recipient does not belong to the template's audience
	 */
	public boolean send(String idempotencyKey, String template, String reference, Collection<String> to,
			Map<String, Object> variables) {
		MailTemplate declared = templates.template(template);
		List<RecipientSpec> specs = to.stream().map(spec -> RecipientSpec.parse(spec, reference)).toList();
		Partner partner = partners.get(reference);
		Addressees addressees = recipients.resolve(declared.audience(), template, specs);
		if (declared.audience() == MailAudience.INTERNAL) {
			Recipients.refusePartnerContact(addressees, partner, template);
		}
		if (sentMails.contains(idempotencyKey)) {
			log.info("Mail {} already sent, not sending it again", idempotencyKey);
			return false;
		}
		if (addressees.isEmpty()) {
			log.warn("Mail {} ({}) has no recipient with an e-mail address among {}", idempotencyKey, template, to);
			return false;
		}
		StaffMember recruiter = recipients.staffMember(partner.getRecruiter())
			.orElseGet(() -> new StaffMember("our partner team", from));
		Map<String, Object> model = new HashMap<>(variables);
		model.put("partner", partner);
		model.put("recruiter", recruiter);
		model.put("baseUrl", baseUrl);
		RenderedMail mail = templates.render(template, model);
		String replyTo = declared.audience() == MailAudience.PARTNER ? recruiter.getEmail() : null;
		String all = String.join(", ", addressees.all());
		AtomicBoolean recorded = new AtomicBoolean();
		AtomicBoolean recordedMeanwhile = new AtomicBoolean();
		try {
			RecordingSmtpTransport.sendRecording(() -> {
				try {
					sentMails.record(idempotencyKey, reference, template, all, mail.subject(), Instant.now(clock));
					recorded.set(true);
				}
				catch (DataIntegrityViolationException otherAttempt) {
					recordedMeanwhile.set(true);
				}
			}, () -> mailSender.send(mime(idempotencyKey, addressees, replyTo, mail)));
		}
		catch (RuntimeException notAccepted) {
			if (recorded.get()) {
				sentMails.forget(idempotencyKey);
			}
			throw notAccepted;
		}
		if (recordedMeanwhile.get()) {
			log.warn("Mail {} was also sent by another attempt at the same time, under the same Message-ID", idempotencyKey);
			return false;
		}
		log.info("Mail {} '{}' sent to {}", idempotencyKey, mail.subject(), all);
		return true;
	}

	/** The mails sent about the partner, oldest first: when, the template and subject, the recipients' addresses. */
	public List<SentMail> sentAbout(String reference) {
		return sentMails.about(reference);
	}

	/** The process variables a template declares it reads (see {@link MailTemplates}). */
	Set<String> variablesOf(String template) {
		return templates.template(template).variables();
	}

	private MimeMessage mime(String idempotencyKey, Addressees addressees, String replyTo, RenderedMail mail) {
		String messageId = messageId(idempotencyKey);
		MimeMessage message = new MimeMessage(mailSender.createMimeMessage().getSession()) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", messageId);
			}
		};
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8") {
				@Override
				protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
					// no attachments: Spring would otherwise read its MIME type table again for every mail
					return NO_ATTACHMENTS;
				}
			};
			helper.setFrom(from);
			// a notice to groups only names nobody: its To is the sender, as for any undisclosed list
			helper.setTo(addressees.to().isEmpty() ? new String[] { from } : addressees.to().toArray(String[]::new));
			helper.setCc(addressees.cc().toArray(String[]::new));
			helper.setBcc(addressees.bcc().toArray(String[]::new));
			if (replyTo != null) {
				helper.setReplyTo(replyTo);
			}
			helper.setSubject(mail.subject());
			helper.setText(mail.text(), mail.html());
		}
		catch (MessagingException e) {
			throw new MailPreparationException("Cannot build mail '" + mail.subject() + "'", e);
		}
		return message;
	}

	/**
	 * The Message-ID of the mail with this key, the same at every attempt: should a crash come
	 * between the SMTP server's acceptance and the record of the key, the mail sent again is
	 * recognisably the same one, which mail servers and clients use to drop the copy.
	 */
	static String messageId(String idempotencyKey) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
			return "<" + HexFormat.of().formatHex(hash, 0, 16) + "@partnerflow>";
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

}
