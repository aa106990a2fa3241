package org.simfleet.app.portal;

import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.network.GatewayService;
import org.simfleet.app.tenant.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
}
