package io.partnerflow.demo;

import java.net.Socket;
import java.net.SocketException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catcher's SMTP server: GreenMail, delivering every recipient's copy to {@code mails}, with
 * two changes. It reads at most {@code maxMessageSize} bytes of a connection
 * ({@link SizeLimitedSocket}). And it turns Nagle's algorithm off: GreenMail writes a multi-line
 * reply (to EHLO) a line at a time, so with Nagle on, the second line waited for the client's
 * delayed acknowledgement, about 40 ms a mail; real SMTP servers send the reply at once.
 */
final class CatcherSmtpServer extends GreenMail {

	private static final Logger log = LoggerFactory.getLogger(CatcherSmtpServer.class);

	private final long maxMessageSize;

	CatcherSmtpServer(ServerSetup setup, long maxMessageSize, CaughtMails mails) {
		super(setup);
		this.maxMessageSize = maxMessageSize;
		getManagers().getUserManager().setMessageDeliveryHandler((message, recipient) -> mails.mailbox(recipient.getEmail()));
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
					return super.createProtocolHandler(new SizeLimitedSocket(client, maxMessageSize));
				}

			});
		}
		return services;
	}

}
