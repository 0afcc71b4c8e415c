package io.partnerflow.demo;

import java.io.IOException;
import java.io.InputStream;
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

import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.partnerflow.demo.MailCatcher.CaughtImage;
import io.partnerflow.demo.MailCatcher.CaughtMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;

/**
 * The newest {@code max} mails the catcher received, oldest first, each with the mailboxes it was
 * delivered to (To, Cc and Bcc alike); older ones are dropped. Safe for the SMTP server's threads.
 */
final class CaughtMails {

	/** A mail kept, and the mailboxes it was delivered to. */
	private static final class Kept {

		final CaughtMail mail;

		int copies;

		final Set<String> mailboxes = new HashSet<>();

		Kept(CaughtMail mail) {
			this.mail = mail;
		}

	}

	private final int max;

	/** Oldest first; guarded by itself. */
	private final Deque<Kept> kept = new ArrayDeque<>();

	/** The message of the last delivery: a mail to three addresses is delivered three times in a row. */
	private MovingMessage lastMessage;

	CaughtMails(int max) {
		this.max = max;
	}

	/** The mailbox of one recipient: delivering to it keeps the mail here. */
	GreenMailUser mailbox(String email) {
		return new CatcherMailbox(email, this::keep);
	}

	/** Once per Message-ID, or every copy. */
	List<CaughtMail> snapshot(boolean everyCopy) {
		List<CaughtMail> all = new ArrayList<>();
		synchronized (kept) {
			for (Kept each : kept) {
				all.addAll(Collections.nCopies(everyCopy ? each.copies : 1, each.mail));
			}
		}
		return all;
	}

	/** The mails that reached this address, oldest first, once per Message-ID. */
	List<CaughtMail> receivedBy(String address) {
		String mailbox = address.strip().toLowerCase(Locale.ROOT);
		Map<String, CaughtMail> byId = new LinkedHashMap<>();
		synchronized (kept) {
			kept.stream()
				.filter(each -> each.mailboxes.contains(mailbox))
				.forEach(each -> byId.putIfAbsent(String.valueOf(each.mail.messageId()), each.mail));
		}
		return List.copyOf(byId.values());
	}

	void clear() {
		synchronized (kept) {
			kept.clear();
			lastMessage = null;
		}
	}

	/** Keeps a delivered mail; drops the oldest beyond {@code max}. */
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
			while (kept.size() > max) {
				kept.removeFirst();
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
					message.getSubject(), textOf(message), imagesOf(message));
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
		if (content instanceof Multipart multipart) {
			return firstText(multipart);
		}
		return GreenMailUtil.getBody(message);
	}

	private static List<CaughtImage> imagesOf(MimeMessage message) throws MessagingException, IOException {
		List<CaughtImage> images = new ArrayList<>();
		if (message.getContent() instanceof Multipart multipart) {
			addImages(multipart, images);
		}
		return List.copyOf(images);
	}

	private static void addImages(Multipart multipart, List<CaughtImage> images) throws MessagingException, IOException {
		for (int i = 0; i < multipart.getCount(); i++) {
			if (multipart.getBodyPart(i) instanceof MimeBodyPart part) {
				if (part.isMimeType("image/*") && part.getContentID() != null) {
					try (InputStream in = part.getInputStream()) {
						images.add(new CaughtImage(part.getContentID().replaceAll("^<|>$", ""),
								part.getContentType().split(";")[0].strip(), in.readAllBytes()));
					}
				}
				else if (part.getContent() instanceof Multipart nested) {
					addImages(nested, images);
				}
			}
		}
	}

	private static String firstText(Multipart multipart) throws MessagingException, IOException {
		for (int i = 0; i < multipart.getCount(); i++) {
			var part = multipart.getBodyPart(i);
			if (part.isMimeType("text/plain")) {
				return part.getContent().toString();
			}
			if (part.getContent() instanceof Multipart nested) {
				String text = firstText(nested);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

}
