package io.partnerflow.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.partnerflow.notification.MailTemplates.RenderedMail;
import io.partnerflow.notification.Recipients.Addressees;
import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * A rendered mail as the SMTP server gets it: sender, To, Cc, Bcc, Reply-To, text and HTML parts (with
 * a report's inline images), and a Message-ID that is the same at every attempt of one mail.
 */
@Component
class MimeMails {

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

	private final String from;

	MimeMails(JavaMailSender mailSender, @Value("${partnerflow.mail.from}") String from) {
		this.mailSender = mailSender;
		this.from = from;
	}

	/** Sends the rendered mail under the Message-ID of its key; throws when the SMTP server does not accept it. */
	void send(String idempotencyKey, Addressees addressees, String replyTo, RenderedMail mail) {
		mailSender.send(mime(idempotencyKey, addressees, replyTo, mail));
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
					// no attachments (a report's images name their type): Spring would otherwise read its MIME
					// type table again for every mail
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
			for (MailReports.InlineImage image : mail.images()) {
				helper.addInline(image.contentId(), new ByteArrayResource(image.bytes()), image.contentType());
			}
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
