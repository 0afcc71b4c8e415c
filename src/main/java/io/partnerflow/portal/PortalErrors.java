package io.partnerflow.portal;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The portal's failures as pages in both languages, never a stack trace: an unreachable database is
 * a 503 page, anything else a 500 page with the id under which the log keeps the error. Nothing a
 * failed request began is kept (its transaction is rolled back).
 */
@ControllerAdvice(assignableTypes = { PortalApplicationController.class, PortalPasswordController.class,
		PortalPartnerController.class, PortalColleaguesController.class, PortalResetController.class,
		PortalApiKeysController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

	private static final Logger log = LoggerFactory.getLogger(PortalErrors.class);

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class })
	String unavailable(Model model, HttpServletResponse response) {
		response.setHeader("Retry-After", "5");
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		model.addAttribute("errorId", null);
		return "portal/failed";
	}

	@ExceptionHandler(Exception.class)
	String failed(Exception e, Model model, HttpServletResponse response) {
		String errorId = UUID.randomUUID().toString();
		log.error("Portal page failed, error {}", errorId, e);
		response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		model.addAttribute("errorId", errorId);
		return "portal/failed";
	}

}
