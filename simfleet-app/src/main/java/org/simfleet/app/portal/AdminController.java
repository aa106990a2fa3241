package org.simfleet.app.portal;

import org.simfleet.app.api.ApiException;
import org.simfleet.app.tenant.ApplicationTokenService;
import org.simfleet.app.tenant.Caller;
import org.simfleet.app.tenant.UserService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration: the organisation's users and roles, and its application tokens, whose secret is shown
 * once, on the page that created it, and never stored in the session beyond that one redirect.
 */
@Controller
class AdminController extends PortalErrors {

    private final UserService users;
    private final ApplicationTokenService tokens;

    AdminController(UserService users, ApplicationTokenService tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @GetMapping("/admin")
    String index() {
        return "admin/index";
    }

    @GetMapping("/admin/users")
    String users(@AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute("users", users.list(caller));
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String createUser(
            @AuthenticationPrincipal Caller caller,
            @RequestParam String email,
            @RequestParam(required = false) String name,
            @RequestParam String role,
            RedirectAttributes flash) {
        try {
            var created = users.create(caller, new UserService.CreateUser(email, blank(name), role, null));
            Messages.ok(flash, "User " + created.email() + " created.");
            flash.addFlashAttribute("shownOnce", created.password());
            flash.addFlashAttribute("shownOnceWhat", "Password of " + created.email());
        } catch (ApiException e) {
            Messages.refused(flash, e);
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}")
    String updateUser(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            @RequestParam String role,
            @RequestParam(defaultValue = "false") boolean enabled,
            RedirectAttributes flash) {
        try {
            var updated = users.update(caller, id, new UserService.UpdateUser(null, role, enabled, null));
            Messages.ok(flash, "User " + updated.email() + " saved.");
        } catch (ApiException e) {
            Messages.refused(flash, e);
        }
        return "redirect:/admin/users";
    }

    /** Deleting a user ends their sessions too: each request re-reads the caller, and finds none. */
    @PostMapping("/admin/users/{id}/delete")
    String deleteUser(@AuthenticationPrincipal Caller caller, @PathVariable long id, RedirectAttributes flash) {
        try {
            users.delete(caller, id);
            Messages.ok(flash, "User deleted.");
        } catch (ApiException e) {
            Messages.refused(flash, e);
        }
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/tokens")
    String tokens(@AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute("tokens", tokens.list(caller));
        return "admin/tokens";
    }

    @PostMapping("/admin/tokens")
    String createToken(
            @AuthenticationPrincipal Caller caller,
            @RequestParam String description,
            @RequestParam String role,
            RedirectAttributes flash) {
        try {
            var created = tokens.create(caller, new ApplicationTokenService.CreateToken(description, role, null));
            Messages.ok(flash, "Token " + created.prefix() + "… created. Copy it now: it is not shown again.");
            flash.addFlashAttribute("shownOnce", created.applicationToken());
            flash.addFlashAttribute("shownOnceWhat", "Application token " + created.description());
        } catch (ApiException e) {
            Messages.refused(flash, e);
        }
        return "redirect:/admin/tokens";
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal Caller caller, @PathVariable long id, RedirectAttributes flash) {
        try {
            tokens.revoke(caller, id);
            Messages.ok(flash, "Token revoked.");
        } catch (ApiException e) {
            Messages.refused(flash, e);
        }
        return "redirect:/admin/tokens";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
