package org.simfleet.app.portal;

import java.util.List;
import java.util.Map;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.policy.CoveragePolicyService;
import org.simfleet.app.policy.RatType;
import org.simfleet.app.policy.ServicePolicyService;
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

/** Service and coverage policies: both lists, and forms to create, edit and delete them on the API's own services. */
@Controller
class PolicyPagesController extends PortalErrors {

    private final ServicePolicyService servicePolicies;
    private final CoveragePolicyService coveragePolicies;
    private final JsonMapper json;

    PolicyPagesController(
            ServicePolicyService servicePolicies, CoveragePolicyService coveragePolicies, JsonMapper json) {
        this.servicePolicies = servicePolicies;
        this.coveragePolicies = coveragePolicies;
        this.json = json;
    }

    @GetMapping("/admin/policies")
    String list(@AuthenticationPrincipal Caller caller, Model model) {
        PageQuery all = PageQuery.of(1, PageQuery.MAX_PER_PAGE, null, Map.of("id", "id"), "id");
        model.addAttribute("servicePolicies", servicePolicies.list(caller, all).items());
        model.addAttribute(
                "coveragePolicies", coveragePolicies.list(caller, all).items());
        model.addAttribute("ratTypes", RatType.values());
        return "admin/policies";
    }

    @PostMapping("/admin/policies/service")
    String createService(@AuthenticationPrincipal Caller caller, ServicePolicyForm form, RedirectAttributes flash) {
        ObjectNode body = form.body(json);
        try {
            var created = servicePolicies.create(caller, body);
            Messages.ok(flash, "Service policy " + created.name() + " created.");
        } catch (ApiException e) {
            Messages.refused(flash, e);
        }
        return "redirect:/admin/policies";
    }

    @GetMapping("/admin/policies/service/{id}")
    String editService(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("policy", servicePolicies.get(caller, id));
        model.addAttribute("ratTypes", RatType.values());
        return "admin/service-policy";
    }

    /** The form sends every field, so the API's PATCH gets the whole policy and validates it as one. */
    @PostMapping("/admin/policies/service/{id}")
    String updateService(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            ServicePolicyForm form,
            RedirectAttributes flash) {
        ObjectNode body = form.body(json);
        try {
            var updated = servicePolicies.update(caller, id, body);
            Messages.ok(flash, "Service policy " + updated.name() + " saved.");
        } catch (ApiException e) {
            Messages.refused(flash, e);
            return "redirect:/admin/policies/service/" + id;
        }
        return "redirect:/admin/policies";
    }

    @PostMapping("/admin/policies/service/{id}/delete")
    String deleteService(@AuthenticationPrincipal Caller caller, @PathVariable long id, RedirectAttributes flash) {
        try {
            servicePolicies.delete(caller, id);
            Messages.ok(flash, "Service policy deleted.");
        } catch (ApiException e) {
            Messages.refused(flash, e);
        }
        return "redirect:/admin/policies";
    }

    @PostMapping("/admin/policies/coverage")
    String createCoverage(
            @AuthenticationPrincipal Caller caller,
            @RequestParam String name,
            @RequestParam(name = "allowed_countries", required = false) String countries,
            @RequestParam(name = "blocked_operators", required = false) String operators,
            RedirectAttributes flash) {
        try {
            var created = coveragePolicies.create(caller, coverageBody(name, countries, operators));
            Messages.ok(flash, "Coverage policy " + created.name() + " created.");
        } catch (ApiException e) {
            Messages.refused(flash, e);
        }
        return "redirect:/admin/policies";
    }

    @GetMapping("/admin/policies/coverage/{id}")
    String editCoverage(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("policy", coveragePolicies.get(caller, id));
        return "admin/coverage-policy";
    }

    @PostMapping("/admin/policies/coverage/{id}")
    String updateCoverage(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            @RequestParam String name,
            @RequestParam(name = "allowed_countries", required = false) String countries,
            @RequestParam(name = "blocked_operators", required = false) String operators,
            RedirectAttributes flash) {
        try {
            var updated = coveragePolicies.update(caller, id, coverageBody(name, countries, operators));
            Messages.ok(flash, "Coverage policy " + updated.name() + " saved.");
        } catch (ApiException e) {
            Messages.refused(flash, e);
            return "redirect:/admin/policies/coverage/" + id;
        }
        return "redirect:/admin/policies";
    }

    @PostMapping("/admin/policies/coverage/{id}/delete")
    String deleteCoverage(@AuthenticationPrincipal Caller caller, @PathVariable long id, RedirectAttributes flash) {
        try {
            coveragePolicies.delete(caller, id);
            Messages.ok(flash, "Coverage policy deleted.");
        } catch (ApiException e) {
            Messages.refused(flash, e);
        }
        return "redirect:/admin/policies";
    }

    private ObjectNode coverageBody(String name, String countries, String operators) {
        ObjectNode body = json.createObjectNode();
        body.put("name", name);
        list(body, "allowed_countries", split(countries));
        list(body, "blocked_operators", split(operators));
        return body;
    }

    static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("[,\\s]+"))
                .filter(s -> !s.isBlank())
                .toList();
    }

    static void list(ObjectNode body, String field, List<String> values) {
        var array = body.putArray(field);
        values.forEach(array::add);
    }
}
