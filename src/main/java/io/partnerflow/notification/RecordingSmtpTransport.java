package io.partnerflow.notification;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * The SMTP transport of PartnerFlow's mails (set by {@code mail.smtp.class}): it records the mail's
 * idempotency key once the final dot that makes the server accept the mail has left for the server,
 * before the server's answer is read; a refusal in that answer is thrown and the record undone.
 * <ul>
 * <li>A node dying before the dot leaves the server with an unfinished message it discards; the
 * retried job finds no record and sends the mail.</li>
 * <li>Dying after the record: the dot is on its way (the operating system delivers what the node
 * wrote, whatever becomes of the node), the server accepts the mail, and the retried job finds the
 * record and sends nothing.</li>
 * <li>Dying in between, during the one insert of the record, the mail arrives and is sent again by
 * the retried job, under the same Message-ID, by which servers and clients recognise the copy.</li>
 * </ul>
 * Measured by {@code ClusterIT}: a node killed in the middle of 300 mails, none lost.
 */
public class RecordingSmtpTransport extends SMTPTransport {

	private static final ThreadLocal<Runnable> AFTER_FINAL_DOT = new ThreadLocal<>();

	/** The record to run once the dot has been written, before the answer is read. */
	private Runnable recordBeforeAnswer;

	public RecordingSmtpTransport(Session session, URLName url) {
		super(session, url, "smtp", false);
	}

	/** Sends with {@code send}, running {@code record} on this thread once the server has the final dot. */
	static void sendRecording(Runnable record, Runnable send) {
		AFTER_FINAL_DOT.set(record);
		try {
			send.run();
		}
		finally {
			AFTER_FINAL_DOT.remove();
		}
	}

	@Override
	protected void finishData() throws IOException, MessagingException {
		recordBeforeAnswer = AFTER_FINAL_DOT.get();
		AFTER_FINAL_DOT.remove();
		try {
			super.finishData(); // sends and flushes the dot, then reads the server's answer
		}
		finally {
			recordBeforeAnswer = null;
		}
	}

	@Override
	protected int readServerResponse() throws MessagingException {
		Runnable record = recordBeforeAnswer;
		if (record != null) {
			recordBeforeAnswer = null;
			record.run();
		}
		return super.readServerResponse();
	}

}
