package org.simfleet.app.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.audit.AuditEntry;
import org.simfleet.app.audit.AuditFilter;
import org.simfleet.app.audit.AuditSearch;
import org.simfleet.app.connectivity.ConnectivityReport;
import org.simfleet.app.device.ApnConfigurations;
import org.simfleet.app.endpoint.Endpoint;
import org.simfleet.app.endpoint.EndpointQueries;
import org.simfleet.app.event.EventFilter;
import org.simfleet.app.event.EventSearch;
import org.simfleet.app.history.TimeWindow;
import org.simfleet.app.session.SessionQueries;
import org.simfleet.app.sim.SimState;
import org.simfleet.app.sim.StateChanges;
import org.simfleet.app.sms.SmsQueries;
import org.simfleet.app.sms.UsageQueries;
import org.simfleet.app.tenant.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One endpoint's Connectivity tab, laid out as the seeds' portals show it: status (refreshed by htmx
 * every few seconds and on Reload, with this month's usage), SMS with the APN assistant, sessions, audit log and events with hints for the usual problems.
 */
@Controller
class EndpointPageController extends PortalErrors {

    static final int ROWS = 25;

    private final EndpointQueries endpoints;
    private final ConnectivityReport connectivity;
    private final SessionQueries sessions;
    private final AuditSearch audit;
    private final EventSearch events;
    private final StateChanges stateChanges;
    private final SmsQueries sms;
    private final UsageQueries usage;

    EndpointPageController(
            EndpointQueries endpoints,
            ConnectivityReport connectivity,
            SessionQueries sessions,
            AuditSearch audit,
            EventSearch events,
            StateChanges stateChanges,
            SmsQueries sms,
            UsageQueries usage) {
        this.endpoints = endpoints;
        this.connectivity = connectivity;
        this.sessions = sessions;
        this.audit = audit;
        this.events = events;
        this.stateChanges = stateChanges;
        this.sms = sms;
        this.usage = usage;
    }

    @GetMapping("/endpoints/{id}")
    String page(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            @RequestParam(required = false, defaultValue = "status") String tab,
            Model model) {
        status(caller, id, model);
        model.addAttribute("tab", tab);
        switch (tab) {
            case "sessions" -> model.addAttribute(
                    "sessions",
                    sessions.ofEndpoint(
                                    caller,
                                    id,
                                    new SessionQueries.Filter(new TimeWindow(null, null), null),
                                    PageQuery.of(1, ROWS, "-started_at", SessionQueries.SORTABLE, "-started_at"))
                            .items());
            case "audit" -> model.addAttribute("audit", auditOf(caller, id));
            case "events" -> model.addAttribute(
                    "events",
                    events
                            .forEndpoint(
                                    caller,
                                    id,
                                    EventFilter.parse(null, null, null, null, null, null, null, null),
                                    PageQuery.of(1, ROWS, null, EventSearch.SORTABLE, EventSearch.DEFAULT_SORT))
                            .items()
                            .stream()
                            .map(EventHints::of)
                            .toList());
            case "sms" -> {
                model.addAttribute(
                        "messages",
                        sms.list(caller, id, null, null, PageQuery.of(1, ROWS, null, Map.of("id", "id"), "-id"))
                                .items());
                model.addAttribute("deviceModels", ApnConfigurations.models());
            }
            default -> model.addAttribute("tab", "status");
        }
        return "endpoint";
    }

    /** The status panel alone, for htmx's refresh and the Reload button. */
    @GetMapping("/endpoints/{id}/status")
    String statusFragment(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        status(caller, id, model);
        model.addAttribute("tab", "status");
        return "endpoint :: status";
    }

    /** The lifecycle drop-down: the API's bulk state change with this one SIM, so its rules and audit apply. */
    @PostMapping("/endpoints/{id}/sim-state")
    String changeSimState(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            @RequestParam("target_state") String target,
            RedirectAttributes flash) {
        Endpoint e = endpoints.get(caller, id);
        if (e.sim() == null) {
            flash.addFlashAttribute("error", "This endpoint has no SIM.");
            return "redirect:/endpoints/" + id;
        }
        try {
            var change = stateChanges.submit(
                    caller, new StateChanges.BulkRequest(target, List.of(e.sim().iccid()), null, null, null));
            var result = change.results().get(0);
            if (change.succeeded() == 1) {
                Messages.ok(flash, "SIM " + result.iccid() + " is now " + target + ".");
            } else {
                flash.addFlashAttribute(
                        "error", "SIM " + result.iccid() + ": " + result.result() + " — " + result.reason());
            }
        } catch (ApiException ex) {
            Messages.refused(flash, ex);
        }
        return "redirect:/endpoints/" + id;
    }

    /** The endpoint's entries and its SIM's (state changes), newest first: both are this device's history. */
    private List<AuditEntry> auditOf(Caller caller, long id) {
        AuditFilter all = new AuditFilter(null, null, null, null, null, new TimeWindow(null, null), null);
        PageQuery q = PageQuery.of(1, ROWS, null, AuditSearch.SORTABLE, AuditSearch.DEFAULT_SORT);
        List<AuditEntry> entries =
                new ArrayList<>(audit.forEndpoint(caller, id, all, q).items());
        Endpoint e = endpoints.get(caller, id);
        if (e.sim() != null) {
            entries.addAll(audit.forSim(caller, e.sim().iccid(), all, q).items());
        }
        entries.sort(Comparator.comparing(AuditEntry::occurredAt).reversed());
        return entries.subList(0, Math.min(ROWS, entries.size()));
    }

    private void status(Caller caller, long id, Model model) {
        Endpoint e = endpoints.get(caller, id);
        model.addAttribute("endpoint", e);
        model.addAttribute("connectivity", connectivity.ofEndpoint(caller, id));
        model.addAttribute("usage", usage.endpoint(caller, id));
        model.addAttribute(
                "nextStates",
                e.sim() == null ? List.of() : SimState.valueOf(e.sim().state()).changeableTo());
    }
}
