package org.simfleet.app.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.connectivity.ConnectivityStatus;
import org.simfleet.app.endpoint.ConnectivityFilter;
import org.simfleet.app.endpoint.EndpointQueries;
import org.simfleet.app.event.EventFilter;
import org.simfleet.app.event.EventSearch;
import org.simfleet.app.sim.SimFilter;
import org.simfleet.app.sim.SimQueries;
import org.simfleet.app.sim.SimState;
import org.simfleet.app.sms.UsageQueries;
import org.simfleet.app.tenant.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first page after sign-in: SIMs per lifecycle state, endpoints per connectivity, the organisation's data
 * and SMS usage over the last 24 hours and 30 days, and recent warnings.
 */
@Controller
class DashboardController extends PortalErrors {

    private final SimQueries sims;
    private final EndpointQueries endpoints;
    private final EventSearch events;
    private final UsageQueries usage;
    private final JsonMapper json;
    private final Clock clock;

    DashboardController(
            SimQueries sims,
            EndpointQueries endpoints,
            EventSearch events,
            UsageQueries usage,
            JsonMapper json,
            Clock clock) {
        this.sims = sims;
        this.endpoints = endpoints;
        this.events = events;
        this.usage = usage;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal Caller caller, Model model) {
        Map<SimState, Long> perState = new LinkedHashMap<>();
        PageQuery one = PageQuery.of(1, 1, null, SimQueries.SORTABLE, "iccid");
        for (SimState state : SimState.values()) {
            var filter = SimFilter.ofQuery(
                    new SimFilter.Raw(List.of(state.name()), null, null, null, null, null, null, null), caller);
            perState.put(state, sims.search(caller, filter, one).total());
        }
        model.addAttribute("simStates", perState);
        model.addAttribute(
                "simTotal",
                perState.values().stream().mapToLong(Long::longValue).sum());
        // the endpoint list's own connectivity filter, so each count is one query and agrees with the list
        PageQuery first = PageQuery.of(1, 1, null, EndpointQueries.SORTABLE, "id");
        Map<ConnectivityStatus, Long> perStatus = new EnumMap<>(ConnectivityStatus.class);
        long endpointTotal = 0;
        for (ConnectivityStatus s : ConnectivityStatus.values()) {
            long n = endpoints
                    .list(
                            caller,
                            new EndpointQueries.Filter(
                                    null, null, null, null, null, null, null, ConnectivityFilter.valueOf(s.name())),
                            first)
                    .total();
            perStatus.put(s, n);
            endpointTotal += n;
        }
        model.addAttribute("connectivity", perStatus);
        model.addAttribute("endpointTotal", endpointTotal);
        var warnings = events.search(
                caller,
                EventFilter.parse(null, "WARN", null, null, null, null, null, null),
                PageQuery.of(1, 10, null, EventSearch.SORTABLE, EventSearch.DEFAULT_SORT));
        model.addAttribute("warnings", warnings.items());
        Instant now = clock.instant();
        Instant nextHour = now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        Instant tomorrow = now.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        model.addAttribute(
                "day",
                UsageCharts.of(
                        usage.series(caller, ChronoUnit.HOURS, nextHour.minus(24, ChronoUnit.HOURS), nextHour),
                        true,
                        json));
        model.addAttribute(
                "month",
                UsageCharts.of(
                        usage.series(caller, ChronoUnit.DAYS, tomorrow.minus(30, ChronoUnit.DAYS), tomorrow),
                        false,
                        json));
        return "dashboard";
    }
}
