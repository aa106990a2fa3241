package org.simfleet.app.portal;

import java.util.ArrayList;
import java.util.List;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.sim.SimFilter;
import org.simfleet.app.sim.SimQueries;
import org.simfleet.app.sim.SimRegistration;
import org.simfleet.app.sim.SimState;
import org.simfleet.app.sim.StateChanges;
import org.simfleet.app.tenant.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SIM list (search, filter, sort, pages), registering a batch by BIC, and bulk state changes: a
 * selection is confirmed on a page of its own, then changed through the API's bulk change, whose
 * per-SIM results the page lists.
 */
@Controller
class SimPagesController extends PortalErrors {

    static final int PER_PAGE = 50;

    private final SimQueries sims;
    private final SimRegistration registration;
    private final StateChanges stateChanges;

    SimPagesController(SimQueries sims, SimRegistration registration, StateChanges stateChanges) {
        this.sims = sims;
        this.registration = registration;
        this.stateChanges = stateChanges;
    }

    @GetMapping("/sims")
    String list(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String bic,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false, defaultValue = "iccid") String sort,
            @RequestParam(required = false, defaultValue = "1") int page,
            Model model) {
        ListForm form = new ListForm(blank(q), blank(state), blank(bic), blank(tag), sort, Math.max(page, 1));
        model.addAttribute("form", form);
        model.addAttribute("states", SimState.values());
        try {
            SimFilter filter = SimFilter.ofQuery(form.raw(), caller);
            PageQuery pq = PageQuery.of(form.page(), PER_PAGE, sort, SimQueries.SORTABLE, "iccid");
            SimQueries.Page result = sims.search(caller, filter, pq);
            model.addAttribute("sims", result.items());
            model.addAttribute("pages", Pages.of(form.page(), PER_PAGE, result.total()));
        } catch (ApiException e) {
            model.addAttribute("sims", List.of());
            model.addAttribute("pages", Pages.of(1, PER_PAGE, 0));
            model.addAttribute("error", Messages.of(e));
        }
        return "sims";
    }

    @PostMapping("/sims/register")
    String register(@AuthenticationPrincipal Caller caller, @RequestParam String bic, RedirectAttributes flash) {
        try {
            var done = registration.register(caller, new SimRegistration.RegisterRequest(bic.strip()));
            Messages.ok(flash, "Batch " + done.bic() + " registered: " + done.registered() + " SIMs.");
            return "redirect:/sims?bic=" + done.bic();
        } catch (ApiException e) {
            Messages.refused(flash, e);
            return "redirect:/sims";
        }
    }

    /** Step 1: what would change, with a button to go ahead; nothing changes yet. */
    @PostMapping("/sims/state/confirm")
    String confirm(
            @RequestParam(name = "iccid", required = false) List<String> iccids,
            @RequestParam("target_state") String target,
            RedirectAttributes flash,
            Model model) {
        if (iccids == null || iccids.isEmpty()) {
            flash.addFlashAttribute("error", "Select at least one SIM first.");
            return "redirect:/sims";
        }
        model.addAttribute("iccids", iccids);
        model.addAttribute("target", target);
        return "sims-confirm";
    }

    /** Step 2: the change itself, answered with each SIM's result. */
    @PostMapping("/sims/state")
    String change(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(name = "iccid") List<String> iccids,
            @RequestParam("target_state") String target,
            Model model) {
        try {
            StateChanges.StateChange change = stateChanges.submit(
                    caller, new StateChanges.BulkRequest(target, new ArrayList<>(iccids), null, null, null));
            model.addAttribute("change", change);
        } catch (ApiException e) {
            model.addAttribute("error", Messages.of(e));
        }
        model.addAttribute("target", target);
        return "sims-result";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The list's filters as the page's form spells them. The one search box matches an ICCID (19-20
     * digits), an IMSI (15 digits) or an MSISDN exactly, or any of them by prefix ending in {@code *}.
     */
    record ListForm(String q, String state, String bic, String tag, String sort, int page) {

        SimFilter.Raw raw() {
            String iccid = null;
            String imsi = null;
            String msisdn = null;
            if (q != null) {
                String digits = q.endsWith("*") ? q.substring(0, q.length() - 1) : q;
                if (digits.length() >= 18 || digits.startsWith("89")) {
                    iccid = q;
                } else if (digits.length() == 15) {
                    imsi = q;
                } else {
                    msisdn = q;
                }
            }
            return new SimFilter.Raw(state == null ? null : List.of(state), iccid, imsi, msisdn, bic, null, tag, null);
        }
    }
}
