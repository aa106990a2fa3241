package org.simfleet.app.portal;

import java.util.stream.Collectors;
import org.simfleet.app.api.ApiException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The words a page shows for a service's refusal: its detail, and each wrong field with its reason. */
final class Messages {

    private Messages() {}

    static String of(ApiException e) {
        if (e.errors().isEmpty()) {
            return e.getMessage();
        }
        return e.errors().stream()
                .map(f -> f.field().replace('_', ' ') + ": " + f.reason())
                .collect(Collectors.joining("; "));
    }

    static void ok(RedirectAttributes flash, String text) {
        flash.addFlashAttribute("notice", text);
    }

    static void refused(RedirectAttributes flash, ApiException e) {
        flash.addFlashAttribute("error", of(e));
    }
}
