package io.partnerflow.system;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body a filter has read already (to bound it, or to read a login form), handed on
 * to the rest of the chain as it came: the same bytes, the same length, read blocking or
 * non-blocking alike.
 */
class ReadBodyRequest extends HttpServletRequestWrapper {

	private final byte[] body;

	ReadBodyRequest(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
	}

	/** A field of a form-encoded body ({@code a=1&b=2}), or null. */
	String formField(String name) {
		for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
				try {
					return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException notEncoded) {
					return null;
				}
			}
		}
		return null;
	}

	@Override
	public ServletInputStream getInputStream() {
		ByteArrayInputStream in = new ByteArrayInputStream(body);
		return new ServletInputStream() {

			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				return in.read(buffer, offset, length);
			}

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			/** Every byte is there already: the listener hears so at once. */
			@Override
			public void setReadListener(ReadListener listener) {
				try {
					if (in.available() > 0) {
						listener.onDataAvailable();
					}
					listener.onAllDataRead();
				}
				catch (IOException | RuntimeException failure) {
					listener.onError(failure);
				}
			}

		};
	}

	@Override
	public BufferedReader getReader() {
		String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
		return new BufferedReader(new InputStreamReader(getInputStream(), Charset.forName(encoding)));
	}

	@Override
	public int getContentLength() {
		return body.length;
	}

	@Override
	public long getContentLengthLong() {
		return body.length;
	}

}
