package io.partnerflow.demo;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
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
 * port PartnerFlow sends to, listening on loopback unless told otherwise. It keeps the newest
 * {@code max-mails} mails in memory so users can read them (older ones are dropped), and refuses
 * a connection that sends more than {@code max-message-size} bytes: memory stays bounded whatever
 * arrives on its unauthenticated port.
 */
@Component
@ConditionalOnProperty(name = "partnerflow.mail-catcher.enabled", havingValue = "true")
public class MailCatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MailCatcher.class);

	/**
	 * A caught mail as a user reads it: {@code to} and {@code cc} are its headers (a Bcc recipient is in
	 * neither; {@link #mailsReceivedBy} finds the mails that reached one mailbox), its text part and the
	 * images its HTML part shows inline.
	 */
	public record CaughtMail(String messageId, Instant receivedAt, String from, List<String> to, List<String> cc,
			String subject, String text, List<CaughtImage> images) {
	}

	/** An image of a mail's HTML part (a report's chart), by its Content-ID without brackets. */
	public record CaughtImage(String contentId, String contentType, byte[] bytes) {
	}

	private final ServerSetup setup;

	private final ObjectProvider<JavaMailSenderImpl> mailSender;

	private final int maxMails;

	private final long maxMessageSize;

	private final CaughtMails kept;

	private volatile GreenMail server;

	/**
	 * @param port the port to listen on; 0 takes a free one and points PartnerFlow's mail sender at it
	 * @param address the address to listen on (loopback by default)
	 */
	MailCatcher(@Value("${partnerflow.mail-catcher.port}") int port,
			@Value("${partnerflow.mail-catcher.address:127.0.0.1}") String address,
			@Value("${partnerflow.mail-catcher.max-mails:500}") int maxMails,
			@Value("${partnerflow.mail-catcher.max-message-size:262144}") long maxMessageSize,
			ObjectProvider<JavaMailSenderImpl> mailSender) {
		this.setup = new ServerSetup(port, address, ServerSetup.PROTOCOL_SMTP);
		this.mailSender = mailSender;
		this.maxMails = maxMails;
		this.maxMessageSize = maxMessageSize;
		this.kept = new CaughtMails(maxMails);
	}

	@Override
	public synchronized void start() {
		if (server == null) {
			server = new CatcherSmtpServer(setup, maxMessageSize, kept);
			server.start();
			int port = server.getSmtp().getPort();
			if (setup.getPort() == 0) {
				mailSender.ifAvailable(sender -> {
					sender.setHost("127.0.0.1");
					sender.setPort(port);
				});
			}
			log.info("SMTP catcher listening on {}:{}, keeping the last {} mails; read them at /api/demo/mails",
					setup.getBindAddress(), port, maxMails);
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
	 * The mails kept (the newest {@code max-mails} since the start or the last {@link #clear()}),
	 * oldest first, once per Message-ID: PartnerFlow derives it from the mail's idempotency key, so
	 * a mail re-sent after a crash is recognised as the same mail, as mail clients do.
	 */
	public List<CaughtMail> mails() {
		Map<String, CaughtMail> byId = new LinkedHashMap<>();
		for (CaughtMail mail : kept.snapshot(false)) {
			byId.merge(String.valueOf(mail.messageId()), mail, (a, b) -> a);
		}
		return List.copyOf(byId.values());
	}

	/**
	 * Every copy received, mailbox by mailbox: a mail to three addresses counts three, and a mail
	 * sent twice counts twice (while {@link #mails()} shows it once, as a mail client would).
	 */
	public List<CaughtMail> deliveries() {
		return kept.snapshot(true);
	}

	/** The mails that reached this address, in To, Cc or Bcc alike, oldest first, once per Message-ID. */
	public List<CaughtMail> mailsReceivedBy(String address) {
		return kept.receivedBy(address);
	}

	public void clear() {
		kept.clear();
	}

}
