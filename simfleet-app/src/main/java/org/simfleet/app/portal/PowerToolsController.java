package org.simfleet.app.portal;

import java.math.BigDecimal;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.device.power.EdrxCalculator;
import org.simfleet.app.device.power.EdrxRequest;
import org.simfleet.app.device.power.PsmCalculator;
import org.simfleet.app.device.power.PsmRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The PSM and eDRX calculator: the API's own calculators, for any role, as they change nothing. */
@Controller
class PowerToolsController extends PortalErrors {

    @GetMapping("/admin/power")
    String page() {
        return "admin/power";
    }

    @PostMapping("/admin/power/psm")
    String psm(
            @RequestParam(name = "periodic_tau_seconds", required = false) BigDecimal tau,
            @RequestParam(name = "active_time_seconds", required = false) BigDecimal active,
            Model model) {
        model.addAttribute("tau", tau);
        model.addAttribute("active", active);
        try {
            model.addAttribute("psm", PsmCalculator.answer(new PsmRequest(tau, active, null, null, null)));
        } catch (ApiException e) {
            model.addAttribute("error", Messages.of(e));
        }
        return "admin/power";
    }

    @PostMapping("/admin/power/edrx")
    String edrx(
            @RequestParam String rat,
            @RequestParam(name = "cycle_seconds", required = false) Double cycle,
            Model model) {
        model.addAttribute("rat", rat);
        model.addAttribute("cycle", cycle);
        try {
            model.addAttribute("edrx", EdrxCalculator.answer(new EdrxRequest(rat, cycle, null, null)));
        } catch (ApiException e) {
            model.addAttribute("error", Messages.of(e));
        }
        return "admin/power";
    }
}
