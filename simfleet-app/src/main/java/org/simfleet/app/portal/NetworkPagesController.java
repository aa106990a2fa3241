package org.simfleet.app.portal;

import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.network.GatewayService;
import org.simfleet.app.tenant.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The platform operator's packet gateways (the RADIUS NAS clients); others see the service's 404. */
@Controller
class NetworkPagesController extends PortalErrors {

    private final GatewayService gateways;
    private final JsonMapper json;

    NetworkPagesController(GatewayService gateways, JsonMapper json) {
        this.gateways = gateways;
        this.json = json;
    }

    @GetMapping("/admin/gateways")
    String list(@AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute(
                "gateways",
                gateways.list(caller, PageQuery.of(1, PageQuery.MAX_PER_PAGE, null, GatewayService.SORTABLE, "name"))
                        .items());
        return "admin/gateways";
    }

    @PostMapping("/admin/gateways")
    String create(
            @AuthenticationPrincipal Caller caller,
            @RequestParam String name,
            @RequestParam String address,
            @RequestParam String secret,
            @RequestParam(name = "coa_port", required = false) Integer coaPort,
            RedirectAttributes flash) {
        ObjectNode body = json.createObjectNode();
        body.put("name", name);
        body.put("address", address);
        body.put("secret", secret);
        if (coaPort != null) {
            body.put("coa_port", coaPort);
        }
        try {
            var created = gateways.create(caller, body);
            Messages.ok(flash, "Gateway " + created.name() + " at " + created.address() + " added.");
        } catch (ApiException e) {
            Messages.refused(flash, e);
        }
        return "redirect:/admin/gateways";
    }

    @GetMapping("/admin/gateways/{id}")
    String edit(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("gateway", gateways.get(caller, id));
        return "admin/gateway";
    }

    /** A blank secret keeps the stored one: the form never shows it, and the API's PATCH leaves it out then. */
    @PostMapping("/admin/gateways/{id}")
    String update(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            @RequestParam String name,
            @RequestParam String address,
            @RequestParam(required = false) String secret,
            @RequestParam(name = "coa_port", required = false) Integer coaPort,
            RedirectAttributes flash) {
        ObjectNode body = json.createObjectNode();
        body.put("name", name);
        body.put("address", address);
        if (secret != null && !secret.isEmpty()) {
            body.put("secret", secret);
        }
        if (coaPort != null) {
            body.put("coa_port", coaPort);
        }
        try {
            var saved = gateways.update(caller, id, body);
            Messages.ok(flash, "Gateway " + saved.name() + " at " + saved.address() + " saved.");
        } catch (ApiException e) {
            Messages.refused(flash, e);
            return "redirect:/admin/gateways/" + id;
        }
        return "redirect:/admin/gateways";
    }

    @PostMapping("/admin/gateways/{id}/delete")
    String delete(@AuthenticationPrincipal Caller caller, @PathVariable long id, RedirectAttributes flash) {
        try {
            gateways.delete(caller, id);
            Messages.ok(flash, "Gateway deleted: its RADIUS packets are dropped from now on.");
        } catch (ApiException e) {
            Messages.refused(flash, e);
        }
        return "redirect:/admin/gateways";
    }
}
