package io.partnerflow.demo;

import java.util.List;

import io.partnerflow.demo.MailCatcher.CaughtMail;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read the mails the demo SMTP catcher caught: any signed-in demo user, demo profile only. */
@RestController
@RequestMapping("/api/demo/mails")
@ConditionalOnProperty(name = "partnerflow.mail-catcher.enabled", havingValue = "true")
class MailCatcherController {

	private final MailCatcher catcher;

	MailCatcherController(MailCatcher catcher) {
		this.catcher = catcher;
	}

	/** Newest first; {@code to} keeps the mails that reached that address (in To, Cc or Bcc). */
	@GetMapping
	List<CaughtMail> list(@RequestParam(required = false) String to) {
		List<CaughtMail> mails = new java.util.ArrayList<>(to == null ? catcher.mails() : catcher.mailsReceivedBy(to));
		java.util.Collections.reverse(mails);
		return mails;
	}

	@DeleteMapping
	ResponseEntity<Void> clear() {
		catcher.clear();
		return ResponseEntity.noContent().build();
	}

}
