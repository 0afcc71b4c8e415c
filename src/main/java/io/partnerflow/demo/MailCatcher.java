package io.partnerflow.demo;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.user.GreenMailUser;
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
	 * neither; {@link #mailsReceivedBy} finds the mails that reached one mailbox).
	 */
	public record CaughtMail(String messageId, Instant receivedAt, String from, List<String> to, List<String> cc,
			String subject, String text) {
	}

	/** A mail kept, and the mailboxes it was delivered to (To, Cc and Bcc alike). */
	private static final class Kept {

		final CaughtMail mail;

		int copies;

		final Set<String> mailboxes = new HashSet<>();

		Kept(CaughtMail mail) {
			this.mail = mail;
		}

	}

	private final ServerSetup setup;

	private final ObjectProvider<JavaMailSenderImpl> mailSender;

	private final int maxMails;

	private final long maxMessageSize;

	/** The newest mails, oldest first; guarded by itself. */
	private final Deque<Kept> kept = new ArrayDeque<>();

	/** The message of the last delivery: a mail to three addresses is delivered three times in a row. */
	private MovingMessage lastMessage;

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
	}

	@Override
	public synchronized void start() {
		if (server == null) {
			server = new NoDelayGreenMail(setup, maxMessageSize);
			server.getManagers().getUserManager().setMessageDeliveryHandler((message, recipient) -> new Mailbox(recipient.getEmail()));
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

	/**
	 * GreenMail writes a multi-line reply (to EHLO) a line at a time: with Nagle's algorithm on, the
	 * second line waited for the client's delayed acknowledgement, about 40 ms a mail. Real SMTP
	 * servers send the reply at once; the catcher turns Nagle off to behave like them.
	 */
	private static final class NoDelayGreenMail extends GreenMail {

		private final long maxMessageSize;

		NoDelayGreenMail(ServerSetup setup, long maxMessageSize) {
			super(setup);
			this.maxMessageSize = maxMessageSize;
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
						return super.createProtocolHandler(new LimitedSocket(client, maxMessageSize));
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
	 * The mails kept (the newest {@code max-mails} since the start or the last {@link #clear()}),
	 * oldest first, once per Message-ID: PartnerFlow derives it from the mail's idempotency key, so
	 * a mail re-sent after a crash is recognised as the same mail, as mail clients do.
	 */
	public List<CaughtMail> mails() {
		Map<String, CaughtMail> byId = new LinkedHashMap<>();
		for (CaughtMail mail : snapshot(false)) {
			byId.merge(String.valueOf(mail.messageId()), mail, (a, b) -> a);
		}
		return List.copyOf(byId.values());
	}

	/**
	 * Every copy received, mailbox by mailbox: a mail to three addresses counts three, and a mail
	 * sent twice counts twice (while {@link #mails()} shows it once, as a mail client would).
	 */
	public List<CaughtMail> deliveries() {
		return snapshot(true);
	}

	/** The mails that reached this address, in To, Cc or Bcc alike, oldest first, once per Message-ID. */
	public List<CaughtMail> mailsReceivedBy(String address) {
		String mailbox = address.strip().toLowerCase(Locale.ROOT);
		Map<String, CaughtMail> byId = new LinkedHashMap<>();
		synchronized (kept) {
			kept.stream()
				.filter(each -> each.mailboxes.contains(mailbox))
				.forEach(each -> byId.putIfAbsent(String.valueOf(each.mail.messageId()), each.mail));
		}
		return List.copyOf(byId.values());
	}

	public void clear() {
		synchronized (kept) {
			kept.clear();
			lastMessage = null;
		}
	}

	private List<CaughtMail> snapshot(boolean everyCopy) {
		List<CaughtMail> all = new ArrayList<>();
		synchronized (kept) {
			for (Kept each : kept) {
				all.addAll(Collections.nCopies(everyCopy ? each.copies : 1, each.mail));
			}
		}
		return all;
	}

	/** Keeps a delivered mail; drops the oldest beyond {@code max-mails}. */
	private void keep(MovingMessage message, String mailbox) {
		synchronized (kept) {
			if (message == lastMessage && !kept.isEmpty()) {
				kept.peekLast().copies++;
				kept.peekLast().mailboxes.add(mailbox.toLowerCase(Locale.ROOT));
				return;
			}
			Kept mail = new Kept(read(message.getMessage(), Instant.now()));
			mail.copies = 1;
			mail.mailboxes.add(mailbox.toLowerCase(Locale.ROOT));
			kept.addLast(mail);
			lastMessage = message;
			while (kept.size() > maxMails) {
				kept.removeFirst();
			}
		}
	}

	/** The catcher's mailbox of one recipient: delivering to it keeps the mail in the catcher. */
	private final class Mailbox implements GreenMailUser {

		private final String email;

		Mailbox(String email) {
			this.email = email;
		}

		@Override
		public String getEmail() {
			return email;
		}

		@Override
		public String getLogin() {
			return email;
		}

		@Override
		public void deliver(MovingMessage message) {
			keep(message, email);
		}

		@Override
		public void deliver(MimeMessage message) {
			MovingMessage moving = new MovingMessage();
			moving.setMimeMessage(message);
			keep(moving, email);
		}

		@Override
		public void create() {
		}

		@Override
		public void delete() {
		}

		@Override
		public String getPassword() {
			return null;
		}

		@Override
		public void setPassword(String password) {
		}

		@Override
		public void authenticate(String password) throws com.icegreen.greenmail.user.UserException {
			throw new com.icegreen.greenmail.user.UserException("The SMTP catcher has no logins");
		}

		@Override
		public String getQualifiedMailboxName() {
			return email;
		}

	}

	/**
	 * An SMTP client's socket that reads at most {@code limit} bytes: beyond them the connection
	 * fails and what it sent is kept nowhere. GreenMail has no size limit of its own.
	 */
	private static final class LimitedSocket extends Socket {

		private final Socket socket;

		private final InputStream in;

		LimitedSocket(Socket socket, long limit) {
			this.socket = socket;
			try {
				this.in = new LimitedInputStream(socket.getInputStream(), limit);
			}
			catch (IOException e) {
				throw new IllegalStateException("SMTP client socket without input", e);
			}
		}

		@Override
		public InputStream getInputStream() {
			return in;
		}

		@Override
		public OutputStream getOutputStream() throws IOException {
			return socket.getOutputStream();
		}

		@Override
		public InetAddress getInetAddress() {
			return socket.getInetAddress();
		}

		@Override
		public InetAddress getLocalAddress() {
			return socket.getLocalAddress();
		}

		@Override
		public int getPort() {
			return socket.getPort();
		}

		@Override
		public int getSoTimeout() throws SocketException {
			return socket.getSoTimeout();
		}

		@Override
		public void setSoTimeout(int timeout) throws SocketException {
			socket.setSoTimeout(timeout);
		}

		@Override
		public boolean isClosed() {
			return socket.isClosed();
		}

		@Override
		public void close() throws IOException {
			socket.close();
		}

		@Override
		public String toString() {
			return socket.toString();
		}

	}

	private static final class LimitedInputStream extends FilterInputStream {

		private final long limit;

		private long read;

		LimitedInputStream(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws IOException {
			read += n;
			if (read > limit) {
				throw new IOException("An SMTP client sent more than " + limit + " bytes: refused, nothing kept");
			}
		}

	}

	private static CaughtMail read(MimeMessage message, Instant deliveredAt) {
		try {
			List<String> to = addresses(message.getRecipients(Message.RecipientType.TO));
			List<String> cc = addresses(message.getRecipients(Message.RecipientType.CC));
			Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
					: message.getSentDate() != null ? message.getSentDate().toInstant() : deliveredAt;
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
