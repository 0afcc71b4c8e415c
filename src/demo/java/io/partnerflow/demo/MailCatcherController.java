package io.partnerflow.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.partnerflow.demo.MailCatcher.CaughtMail;
import io.partnerflow.system.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read the mails the demo SMTP catcher caught. Administrators and managers read every mail (the
 * partners' mails go to outside addresses no user has, and a manager shows the demo); every other
 * user reads the mails addressed to its own e-mail, as its mailbox would hold them, and nothing
 * of the partners' or other departments' mails. Only an administrator empties the catcher.
 */
@RestController
@RequestMapping("/api/demo/mails")
@ConditionalOnProperty(name = "partnerflow.mail-catcher.enabled", havingValue = "true")
class MailCatcherController {

	private final MailCatcher catcher;

	private final IdentityService identityService;

	MailCatcherController(MailCatcher catcher, IdentityService identityService) {
		this.catcher = catcher;
		this.identityService = identityService;
	}

	/** Newest first; {@code to} keeps the mails that reached that address (in To, Cc or Bcc). */
	@GetMapping
	List<CaughtMail> list(@RequestParam(required = false) String to, Authentication reader) {
		List<CaughtMail> mails = new ArrayList<>(to == null ? catcher.mails() : catcher.mailsReceivedBy(to));
		Collections.reverse(mails);
		if (readsEverything(reader)) {
			return mails;
		}
		String own = ownEmail(reader.getName());
		Set<String> received = own == null ? Set.of()
				: catcher.mailsReceivedBy(own).stream().map(CaughtMail::messageId).collect(Collectors.toSet());
		return mails.stream().filter(mail -> received.contains(mail.messageId())).toList();
	}

	/** Empties the catcher: administrators only. */
	@DeleteMapping
	@PreAuthorize("hasAuthority(T(io.partnerflow.system.Groups).ADMIN)")
	ResponseEntity<Void> clear() {
		catcher.clear();
		return ResponseEntity.noContent().build();
	}

	private static boolean readsEverything(Authentication reader) {
		return reader.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(group -> group.equals(Groups.ADMIN) || group.equals(Groups.MANAGERS));
	}

	private String ownEmail(String userId) {
		User user = identityService.createUserQuery().userId(userId).singleResult();
		return user == null || user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail();
	}


}
