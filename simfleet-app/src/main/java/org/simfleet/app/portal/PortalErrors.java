package org.simfleet.app.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.simfleet.app.api.ApiException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Base of the portal's controllers: a refusal a page did not catch (another organisation's object, a
 * forbidden action, a wrong parameter) shows as a page with the service's own status and reason, not as
 * the API's problem+json. A controller's own handler wins over the API's {@code ProblemHandler} advice.
 */
abstract class PortalErrors {

    @ExceptionHandler(ApiException.class)
    String refused(ApiException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        model.addAttribute("title", e.title());
        model.addAttribute("message", Messages.of(e));
        return "error-page";
    }
}
