package io.partnerflow.partnerpage;

import java.util.UUID;

import io.partnerflow.partner.PartnerNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The partner pages' failures as pages, not the API's problem bodies: an unknown partner is a 404
 * page naming the reference, a refused right 403, an unreachable database 503, anything else a 500
 * page with the id under which the log keeps the error (never a stack trace).
 */
@ControllerAdvice(assignableTypes = PartnerPageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	@ExceptionHandler(PartnerNotFoundException.class)
	String notFound(PartnerNotFoundException e, Model model, HttpServletResponse response) {
		return error(model, response, HttpServletResponse.SC_NOT_FOUND, "No such partner",
				"No partner has the reference " + e.getReference() + ". Search the partners by company or reference.");
	}

	@ExceptionHandler(AccessDeniedException.class)
	String refused(Model model, HttpServletResponse response) {
		return error(model, response, HttpServletResponse.SC_FORBIDDEN, "Partner pages are for PartnerFlow's staff",
				"Your groups do not give access to partner pages.");
	}

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class })
	String unavailable(Model model, HttpServletResponse response) {
		response.setHeader("Retry-After", "5");
		return error(model, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "PartnerFlow cannot read its data now",
				"The database cannot be reached. Try again in a moment.");
	}

	@ExceptionHandler(Exception.class)
	String failed(Exception e, Model model, HttpServletResponse response) {
		String errorId = UUID.randomUUID().toString();
		log.error("Partner page failed, error {}", errorId, e);
		return error(model, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Something went wrong",
				"The page could not be shown. Tell your administrator the error id " + errorId + ".");
	}

	private static String error(Model model, HttpServletResponse response, int status, String title, String message) {
		response.setStatus(status);
		model.addAttribute("title", title);
		model.addAttribute("message", message);
		return "pages/error";
	}

}
