package org.simfleet.app.sim;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.api.Paged;
import org.simfleet.app.tenant.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/sims}: the operator sees the whole inventory, a customer the SIMs it registered. */
@RestController
@RequestMapping("/api/v1/sims")
class SimQueryController {

    private final SimQueries sims;

    SimQueryController(SimQueries sims) {
        this.sims = sims;
    }

    @Operation(
            summary = "Search SIMs",
            description =
                    """
                    Filters combine with AND. `state` takes a comma-separated list. `iccid`, `imsi` and `msisdn` match \
                    exactly, or as a prefix when they end in `*` (`iccid=8988303*`). `tag` matches SIMs whose endpoint \
                    carries the tag. `organisation_id` is for the platform operator only. Sort by iccid, imsi, msisdn, \
                    state, created_at or state_changed_at, `-` for descending. Answers `X-Total-Count` and RFC 8288 \
                    `Link` headers.""")
    @GetMapping
    ResponseEntity<List<Sim>> search(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) List<String> state,
            @RequestParam(required = false) String iccid,
            @RequestParam(required = false) String imsi,
            @RequestParam(required = false) String msisdn,
            @RequestParam(required = false) String bic,
            @RequestParam(name = "endpoint_id", required = false) Long endpointId,
            @RequestParam(required = false) String tag,
            @RequestParam(name = "organisation_id", required = false) Long organisationId,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage,
            @RequestParam(required = false) String sort) {
        SimFilter filter = SimFilter.ofQuery(
                new SimFilter.Raw(state, iccid, imsi, msisdn, bic, endpointId, tag, organisationId), caller);
        PageQuery q = PageQuery.of(page, perPage, sort, SimQueries.SORTABLE, "iccid");
        SimQueries.Page result = sims.search(caller, filter, q);
        return Paged.respond(result.items(), result.total(), q);
    }

    @GetMapping("/{iccid}")
    Sim get(@AuthenticationPrincipal Caller caller, @PathVariable String iccid) {
        return sims.get(caller, iccid);
    }
}
