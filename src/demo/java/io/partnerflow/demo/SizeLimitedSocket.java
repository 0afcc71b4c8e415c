package io.partnerflow.demo;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;

/**
 * An SMTP client's socket that reads at most {@code limit} bytes: beyond them the connection
 * fails and what it sent is kept nowhere. GreenMail has no size limit of its own.
 */
final class SizeLimitedSocket extends Socket {

	private final Socket socket;

	private final InputStream in;

	SizeLimitedSocket(Socket socket, long limit) {
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

}
