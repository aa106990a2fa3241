package org.simfleet.app.portal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.tenant.Caller;
import org.simfleet.app.tenant.PortalAccounts;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in (the form Spring Security's filter answers), and the signed-in person's own account. */
@Controller
class AccountController extends PortalErrors {

    private final PortalAccounts accounts;

    AccountController(PortalAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
        if (error != null) {
            Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute(
                    "error",
                    failure instanceof LockedException locked
                            ? locked.getMessage()
                            : "The e-mail or password is wrong, or the user is disabled.");
        }
        return "login";
    }

    /** Where the portal's filter chain forwards a refused request (a READ_ONLY user's change, a missing CSRF token). */
    @RequestMapping("/denied")
    String denied(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", 403);
        model.addAttribute("title", "Forbidden");
        model.addAttribute(
                "message",
                "Your role may read but not change this, or the form was stale: reload the page and try again.");
        return "error-page";
    }

    @GetMapping("/account")
    String account() {
        return "account";
    }

    @PostMapping("/account/password")
    String changePassword(
            @AuthenticationPrincipal Caller caller,
            @RequestParam("current_password") String current,
            @RequestParam("password") String password,
            @RequestParam("password_again") String again,
            RedirectAttributes flash) {
        if (!password.equals(again)) {
            flash.addFlashAttribute("error", "The new password and its repetition differ.");
            return "redirect:/account";
        }
        try {
            accounts.changeOwnPassword(caller, current, password);
            Messages.ok(flash, "Your password was changed.");
        } catch (ApiException e) {
            Messages.refused(flash, e);
        }
        return "redirect:/account";
    }
}
