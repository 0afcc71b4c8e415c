package io.partnerflow.notification;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * The SMTP transport of PartnerFlow's mails (set by {@code mail.smtp.class}): it records the
 * mail's idempotency key after the server has the whole message but before the final dot that
 * makes the server accept it. A crash before the record leaves the server with an unfinished
 * message it discards, and the retried job sends it; a crash after the record finds it recorded.
 * So a mail goes out once, whatever moment a node dies at.
 */
public class RecordingSmtpTransport extends SMTPTransport {

	private static final ThreadLocal<Runnable> BEFORE_ACCEPTANCE = new ThreadLocal<>();

	public RecordingSmtpTransport(Session session, URLName url) {
		super(session, url, "smtp", false);
	}

	/** Sends with {@code send}, running {@code record} on this thread just before the server accepts. */
	static void sendRecording(Runnable record, Runnable send) {
		BEFORE_ACCEPTANCE.set(record);
		try {
			send.run();
		}
		finally {
			BEFORE_ACCEPTANCE.remove();
		}
	}

	@Override
	protected void finishData() throws IOException, MessagingException {
		Runnable record = BEFORE_ACCEPTANCE.get();
		if (record != null) {
			BEFORE_ACCEPTANCE.remove();
			record.run();
		}
		super.finishData();
	}

}
