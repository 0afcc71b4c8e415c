package io.partnerflow.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import io.partnerflow.notification.MailTemplates.RenderedMail;
import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * the mail goes out once. The key is recorded at the last moment before the SMTP server accepts the
 * mail ({@link RecordingSmtpTransport}); an SMTP failure is thrown, so the job that sends it is retried.
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

	private final String from;

	private final String baseUrl;

	NotificationService(JavaMailSender mailSender, MailTemplates templates, Recipients recipients,
			SentMails sentMails, @Value("${partnerflow.mail.from}") String from,
			@Value("${partnerflow.base-url}") String baseUrl) {
		this.mailSender = mailSender;
		this.templates = templates;
		this.recipients = recipients;
		this.sentMails = sentMails;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	/**
	 * Sends the mail unless a mail with this key went out before.
	 * @param idempotencyKey unique per mail, such as process instance + activity
	 * @param template the name of the templates under {@code templates/mail/}
	 * @param to recipient specifications (see {@link Recipients})
	 * @param model the template's variables; {@code baseUrl} is added
	 * @return true when the mail was sent now, false when it had been sent before or has nobody to go to
	 */
	public boolean send(String idempotencyKey, String template, Collection<String> to, Map<String, Object> model) {
		if (sentMails.contains(idempotencyKey)) {
			log.info("Mail {} already sent, not sending it again", idempotencyKey);
			return false;
		}
		Set<String> addresses = recipients.resolve(to);
		if (addresses.isEmpty()) {
			log.warn("Mail {} ({}) has no recipient with an e-mail address among {}", idempotencyKey, template, to);
			return false;
		}
		Map<String, Object> variables = new HashMap<>(model);
		variables.put("baseUrl", baseUrl);
		RenderedMail mail = templates.render(template, variables);
		AtomicBoolean recorded = new AtomicBoolean();
		try {
			RecordingSmtpTransport.sendRecording(() -> {
				sentMails.record(idempotencyKey, template, String.join(", ", addresses), mail.subject(),
						ClockUtil.getCurrentTime().toInstant());
				recorded.set(true);
			}, () -> mailSender.send(mime(idempotencyKey, addresses, mail)));
		}
		catch (DataIntegrityViolationException recordedMeanwhile) {
			log.warn("Mail {} was recorded by another attempt at the same time; not sending it", idempotencyKey);
			return false;
		}
		catch (RuntimeException notAccepted) {
			if (recorded.get()) {
				sentMails.forget(idempotencyKey);
			}
			throw notAccepted;
		}
		log.info("Mail {} '{}' sent to {}", idempotencyKey, mail.subject(), addresses);
		return true;
	}

	private MimeMessage mime(String idempotencyKey, Set<String> addresses, RenderedMail mail) {
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
			helper.setTo(addresses.toArray(String[]::new));
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
