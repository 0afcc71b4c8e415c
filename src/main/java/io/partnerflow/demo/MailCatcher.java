package io.partnerflow.demo;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The demo profile's SMTP catcher: a real SMTP server (GreenMail) inside the application, on the
 * port PartnerFlow sends to. It keeps every mail it receives in memory so users can read them.
 */
@Component
@ConditionalOnProperty(name = "partnerflow.mail-catcher.enabled", havingValue = "true")
public class MailCatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MailCatcher.class);

	/** A caught mail as a user reads it. */
	public record CaughtMail(String messageId, Instant receivedAt, String from, List<String> to, String subject,
			String text) {
	}

	private final ServerSetup setup;

	private volatile GreenMail server;

	MailCatcher(@Value("${partnerflow.mail-catcher.port}") int port) {
		this.setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
	}

	@Override
	public synchronized void start() {
		if (server == null) {
			server = new GreenMail(setup);
			server.start();
			log.info("SMTP catcher listening on 127.0.0.1:{}; read the mails at /api/demo/mails", setup.getPort());
		}
	}

	@Override
	public synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	@Override
	public boolean isRunning() {
		return server != null;
	}

	@Override
	public int getPhase() {
		// up before the engine's job executor sends the first mail, down after it
		return Integer.MIN_VALUE;
	}

	public int getPort() {
		return setup.getPort();
	}

	/** Every mail caught since the start or the last {@link #clear()}, once each, oldest first. */
	public List<CaughtMail> mails() {
		GreenMail current = server;
		if (current == null) {
			return List.of();
		}
		Map<String, CaughtMail> byId = new LinkedHashMap<>();
		for (MimeMessage message : current.getReceivedMessages()) {
			CaughtMail mail = read(message);
			byId.merge(mail.messageId(), mail, (a, b) -> a);
		}
		return List.copyOf(byId.values());
	}

	/** How many deliveries were made: a mail to three addresses counts three. */
	public int deliveries() {
		GreenMail current = server;
		return current == null ? 0 : current.getReceivedMessages().length;
	}

	public void clear() {
		GreenMail current = server;
		if (current != null) {
			try {
				current.purgeEmailFromAllMailboxes();
			}
			catch (com.icegreen.greenmail.store.FolderException e) {
				throw new IllegalStateException("Cannot empty the SMTP catcher", e);
			}
		}
	}

	private static CaughtMail read(MimeMessage message) {
		try {
			Address[] recipients = message.getRecipients(Message.RecipientType.TO);
			List<String> to = recipients == null ? List.of() : Arrays.stream(recipients).map(Address::toString).toList();
			Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
					: message.getSentDate() != null ? message.getSentDate().toInstant() : null;
			return new CaughtMail(message.getMessageID(), received, String.valueOf(message.getFrom()[0]), to,
					message.getSubject(), textOf(message));
		}
		catch (MessagingException | IOException e) {
			throw new IllegalStateException("Unreadable mail in the catcher", e);
		}
	}

	private static String textOf(MimeMessage message) throws MessagingException, IOException {
		Object content = message.getContent();
		if (content instanceof jakarta.mail.Multipart multipart) {
			return firstText(multipart);
		}
		return GreenMailUtil.getBody(message);
	}

	private static String firstText(jakarta.mail.Multipart multipart) throws MessagingException, IOException {
		for (int i = 0; i < multipart.getCount(); i++) {
			var part = multipart.getBodyPart(i);
			if (part.isMimeType("text/plain")) {
				return part.getContent().toString();
			}
			if (part.getContent() instanceof jakarta.mail.Multipart nested) {
				String text = firstText(nested);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

}
