package io.partnerflow.demo;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The demo profile's SMTP catcher: a real SMTP server (GreenMail) inside the application, on the
 * port PartnerFlow sends to. It keeps every mail it receives in memory so users can read them.
 */
@Component
@ConditionalOnProperty(name = "partnerflow.mail-catcher.enabled", havingValue = "true")
public class MailCatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MailCatcher.class);

	/**
	 * A caught mail as a user reads it: {@code to} and {@code cc} are its headers (a Bcc recipient is in
	 * neither; {@link #mailsReceivedBy} finds the mails that reached one mailbox).
	 */
	public record CaughtMail(String messageId, Instant receivedAt, String from, List<String> to, List<String> cc,
			String subject, String text) {
	}

	private final ServerSetup setup;

	private final ObjectProvider<JavaMailSenderImpl> mailSender;

	private volatile GreenMail server;

	/** @param port the port to listen on; 0 takes a free one and points PartnerFlow's mail sender at it */
	MailCatcher(@Value("${partnerflow.mail-catcher.port}") int port, ObjectProvider<JavaMailSenderImpl> mailSender) {
		this.setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		this.mailSender = mailSender;
	}

	@Override
	public synchronized void start() {
		if (server == null) {
			server = new NoDelayGreenMail(setup);
			server.start();
			int port = server.getSmtp().getPort();
			if (setup.getPort() == 0) {
				mailSender.ifAvailable(sender -> {
					sender.setHost("127.0.0.1");
					sender.setPort(port);
				});
			}
			log.info("SMTP catcher listening on 127.0.0.1:{}; read the mails at /api/demo/mails", port);
		}
	}

	/**
	 * GreenMail writes a multi-line reply (to EHLO) a line at a time: with Nagle's algorithm on, the
	 * second line waited for the client's delayed acknowledgement, about 40 ms a mail. Real SMTP
	 * servers send the reply at once; the catcher turns Nagle off to behave like them.
	 */
	private static final class NoDelayGreenMail extends GreenMail {

		NoDelayGreenMail(ServerSetup setup) {
			super(setup);
		}

		@Override
		protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
			Map<String, AbstractServer> services = new LinkedHashMap<>();
			for (ServerSetup each : config) {
				services.put(each.getProtocol(), new SmtpServer(each, managers) {

					@Override
					protected ProtocolHandler createProtocolHandler(Socket client) {
						try {
							client.setTcpNoDelay(true);
						}
						catch (SocketException e) {
							log.debug("Could not turn Nagle off for an SMTP client", e);
						}
						return super.createProtocolHandler(client);
					}

				});
			}
			return services;
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

	/** The port it listens on, or -1 while stopped. */
	public int getPort() {
		GreenMail current = server;
		return current == null ? -1 : current.getSmtp().getPort();
	}

	/**
	 * Every mail caught since the start or the last {@link #clear()}, oldest first, once per
	 * Message-ID: PartnerFlow derives it from the mail's idempotency key, so a mail re-sent after a
	 * crash is recognised as the same mail, as mail clients do.
	 */
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

	/**
	 * Every copy received, mailbox by mailbox: a mail to three addresses counts three, and a mail
	 * sent twice counts twice (while {@link #mails()} shows it once, as a mail client would).
	 */
	public List<CaughtMail> deliveries() {
		GreenMail current = server;
		return current == null ? List.of() : Arrays.stream(current.getReceivedMessages()).map(MailCatcher::read).toList();
	}

	/** The mails that reached this address, in To, Cc or Bcc alike, oldest first, once per Message-ID. */
	public List<CaughtMail> mailsReceivedBy(String address) {
		GreenMail current = server;
		if (current == null) {
			return List.of();
		}
		Map<String, CaughtMail> byId = new LinkedHashMap<>();
		current.findReceivedMessages(user -> address.equalsIgnoreCase(user.getEmail()), message -> true)
			.map(MailCatcher::read)
			.forEach(mail -> byId.putIfAbsent(mail.messageId(), mail));
		return List.copyOf(byId.values());
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
			List<String> to = addresses(message.getRecipients(Message.RecipientType.TO));
			List<String> cc = addresses(message.getRecipients(Message.RecipientType.CC));
			Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
					: message.getSentDate() != null ? message.getSentDate().toInstant() : null;
			return new CaughtMail(message.getMessageID(), received, String.valueOf(message.getFrom()[0]), to, cc,
					message.getSubject(), textOf(message));
		}
		catch (MessagingException | IOException e) {
			throw new IllegalStateException("Unreadable mail in the catcher", e);
		}
	}

	private static List<String> addresses(Address[] addresses) {
		return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
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
