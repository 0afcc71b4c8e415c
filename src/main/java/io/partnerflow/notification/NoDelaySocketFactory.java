package io.partnerflow.notification;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

import javax.net.SocketFactory;

/**
 * The SMTP client's sockets, with Nagle's algorithm off (set by {@code mail.smtp.socketFactory.class}).
 * {@link RecordingSmtpTransport} writes the message and, after recording it, the final dot: with
 * Nagle on, the dot waited for the server's delayed acknowledgement, about 40 ms a mail.
 */
public class NoDelaySocketFactory extends SocketFactory {

	private static final NoDelaySocketFactory DEFAULT = new NoDelaySocketFactory();

	/** What the mail library calls to get the factory named in its properties. */
	public static SocketFactory getDefault() {
		return DEFAULT;
	}

	@Override
	public Socket createSocket() throws IOException {
		Socket socket = new Socket();
		socket.setTcpNoDelay(true);
		return socket;
	}

	@Override
	public Socket createSocket(String host, int port) throws IOException {
		return noDelay(new Socket(host, port));
	}

	@Override
	public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
		return noDelay(new Socket(host, port, localHost, localPort));
	}

	@Override
	public Socket createSocket(InetAddress host, int port) throws IOException {
		return noDelay(new Socket(host, port));
	}

	@Override
	public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
			throws IOException {
		return noDelay(new Socket(address, port, localAddress, localPort));
	}

	private static Socket noDelay(Socket socket) throws IOException {
		socket.setTcpNoDelay(true);
		return socket;
	}

}
