package io.partnerflow.demo;

import java.util.function.BiConsumer;

import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import jakarta.mail.internet.MimeMessage;

/**
 * One recipient's mailbox in the catcher: what is delivered to it goes to {@code keep} with the
 * recipient's address. Nobody logs in to it.
 */
final class CatcherMailbox implements GreenMailUser {

	private final String email;

	private final BiConsumer<MovingMessage, String> keep;

	CatcherMailbox(String email, BiConsumer<MovingMessage, String> keep) {
		this.email = email;
		this.keep = keep;
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
		keep.accept(message, email);
	}

	@Override
	public void deliver(MimeMessage message) {
		MovingMessage moving = new MovingMessage();
		moving.setMimeMessage(message);
		keep.accept(moving, email);
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
	public void authenticate(String password) throws UserException {
		throw new UserException("The SMTP catcher has no logins");
	}

	@Override
	public String getQualifiedMailboxName() {
		return email;
	}

}
