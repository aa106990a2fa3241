package org.simfleet.app.portal;

import java.util.ArrayList;
import java.util.List;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.connectivity.Connectivity;
import org.simfleet.app.connectivity.ConnectivityReport;
import org.simfleet.app.endpoint.ConnectivityFilter;
import org.simfleet.app.endpoint.Endpoint;
import org.simfleet.app.endpoint.EndpointQueries;
import org.simfleet.app.endpoint.EndpointService;
import org.simfleet.app.policy.CoveragePolicyService;
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

/** The endpoint list with each endpoint's live connectivity, and the create and edit forms. */
@Controller
class EndpointPagesController extends PortalErrors {

    static final int PER_PAGE = 50;

    /** One row of the list: the endpoint and what the connectivity report says about it now. */
    public record Row(Endpoint endpoint, Connectivity connectivity) {}

    private final EndpointQueries queries;
    private final EndpointService endpoints;
    private final ConnectivityReport connectivity;
    private final ServicePolicyService servicePolicies;
    private final CoveragePolicyService coveragePolicies;
    private final JsonMapper json;

    EndpointPagesController(
            EndpointQueries queries,
            EndpointService endpoints,
            ConnectivityReport connectivity,
            ServicePolicyService servicePolicies,
            CoveragePolicyService coveragePolicies,
            JsonMapper json) {
        this.queries = queries;
        this.endpoints = endpoints;
        this.connectivity = connectivity;
        this.servicePolicies = servicePolicies;
        this.coveragePolicies = coveragePolicies;
        this.json = json;
    }

    @GetMapping("/endpoints")
    String list(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String tag,
            @RequestParam(name = "connectivity", required = false) String state,
            @RequestParam(required = false, defaultValue = "1") int page,
            Model model) {
        String n = blank(name);
        String t = blank(tag);
        ConnectivityFilter c = connectivityFilter(blank(state));
        int p = Math.max(page, 1);
        var result = queries.list(
                caller,
                new EndpointQueries.Filter(n, t, null, null, null, null, null, c),
                PageQuery.of(p, PER_PAGE, null, EndpointQueries.SORTABLE, "id"));
        List<Row> rows = new ArrayList<>();
        for (Endpoint e : result.items()) {
            rows.add(new Row(e, connectivity.ofEndpoint(caller, e.id())));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("name", n);
        model.addAttribute("tag", t);
        model.addAttribute("connectivity", c == null ? "" : c.name());
        model.addAttribute("connectivityStates", ConnectivityFilter.values());
        model.addAttribute("pages", Pages.of(p, PER_PAGE, result.total()));
        return "endpoints";
    }

    @GetMapping("/endpoints/new")
    String createForm(@AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute("form", EndpointForm.empty());
        return form(caller, model, null);
    }

    @GetMapping("/endpoints/{id}/edit")
    String editForm(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        Endpoint e = queries.get(caller, id);
        model.addAttribute("form", EndpointForm.of(e));
        return form(caller, model, e);
    }

    @PostMapping("/endpoints")
    String create(@AuthenticationPrincipal Caller caller, EndpointForm form, Model model, RedirectAttributes flash) {
        try {
            Endpoint created = endpoints.create(caller, form.body(json));
            Messages.ok(flash, "Endpoint " + created.name() + " created.");
            return "redirect:/endpoints/" + created.id();
        } catch (ApiException e) {
            model.addAttribute("form", form);
            model.addAttribute("error", Messages.of(e));
            return form(caller, model, null);
        }
    }

    @PostMapping("/endpoints/{id}")
    String update(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            EndpointForm form,
            Model model,
            RedirectAttributes flash) {
        try {
            endpoints.update(caller, id, form.body(json));
            Messages.ok(flash, "Endpoint saved.");
            return "redirect:/endpoints/" + id;
        } catch (ApiException e) {
            model.addAttribute("form", form);
            model.addAttribute("error", Messages.of(e));
            return form(caller, model, queries.get(caller, id));
        }
    }

    private String form(Caller caller, Model model, Endpoint existing) {
        PageQuery all = PageQuery.of(1, PageQuery.MAX_PER_PAGE, null, java.util.Map.of("id", "id"), "id");
        model.addAttribute("endpoint", existing);
        model.addAttribute("servicePolicies", servicePolicies.list(caller, all).items());
        model.addAttribute(
                "coveragePolicies", coveragePolicies.list(caller, all).items());
        return "endpoint-form";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The form's fields; blank means "none" (no IMEI, no SIM), as the API's explicit null does. */
    public record EndpointForm(
            String name,
            String tags,
            String imei,
            Boolean imeiLock,
            String status,
            Long servicePolicyId,
            Long coveragePolicyId,
            String simIccid) {

        static EndpointForm empty() {
            return new EndpointForm("", "", "", false, "ENABLED", null, null, "");
        }

        static EndpointForm of(Endpoint e) {
            return new EndpointForm(
                    e.name(),
                    String.join(", ", e.tags()),
                    e.imei() == null ? "" : e.imei(),
                    e.imeiLock(),
                    e.status().name(),
                    e.servicePolicy() == null ? null : e.servicePolicy().id(),
                    e.coveragePolicy() == null ? null : e.coveragePolicy().id(),
                    e.sim() == null ? "" : e.sim().iccid());
        }

        ObjectNode body(JsonMapper json) {
            ObjectNode body = json.createObjectNode();
            body.put("name", name == null ? "" : name.strip());
            var list = body.putArray("tags");
            if (tags != null) {
                for (String t : tags.split(",")) {
                    if (!t.isBlank()) {
                        list.add(t.strip());
                    }
                }
            }
            putText(body, "imei", imei);
            body.put("imei_lock", Boolean.TRUE.equals(imeiLock));
            body.put("status", status == null ? "ENABLED" : status);
            body.put("service_policy_id", servicePolicyId);
            body.put("coverage_policy_id", coveragePolicyId);
            putText(body, "sim_iccid", simIccid);
            return body;
        }

        private static void putText(ObjectNode body, String field, String value) {
            if (value == null || value.isBlank()) {
                body.putNull(field);
            } else {
                body.put(field, value.strip());
            }
        }
    }

    /** An unknown state shows every endpoint rather than an error page: the select offers only the known ones. */
    private static ConnectivityFilter connectivityFilter(String state) {
        if (state == null) {
            return null;
        }
        try {
            return ConnectivityFilter.valueOf(state);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
