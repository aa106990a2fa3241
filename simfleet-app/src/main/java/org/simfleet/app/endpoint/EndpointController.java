package org.simfleet.app.endpoint;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.api.Paged;
import org.simfleet.app.api.Validation;
import org.simfleet.app.tenant.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/endpoints}. Bodies arrive as JSON trees so that a PATCH can tell an absent field
 * (unchanged) from an explicit null ({@code "sim_iccid": null} releases the SIM).
 */
@RestController
@RequestMapping("/api/v1/endpoints")
class EndpointController {

    private final EndpointService endpoints;
    private final EndpointQueries queries;

    EndpointController(EndpointService endpoints, EndpointQueries queries) {
        this.endpoints = endpoints;
        this.queries = queries;
    }

    @GetMapping
    ResponseEntity<List<Endpoint>> list(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String status,
            @RequestParam(name = "service_policy_id", required = false) Long servicePolicyId,
            @RequestParam(name = "coverage_policy_id", required = false) Long coveragePolicyId,
            @RequestParam(name = "sim_iccid", required = false) String simIccid,
            @RequestParam(required = false) String imei,
            @RequestParam(required = false) String connectivity,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage,
            @RequestParam(required = false) String sort) {
        PageQuery q = PageQuery.of(page, perPage, sort, EndpointQueries.SORTABLE, "id");
        Validation v = new Validation();
        EndpointStatus wanted = Validation.parseEnum(v, "status", status, EndpointStatus.class);
        ConnectivityFilter state = Validation.parseEnum(v, "connectivity", connectivity, ConnectivityFilter.class);
        if (v.hasErrors()) {
            throw ApiException.badRequest(
                    v.errors().get(0).field(), v.errors().get(0).reason());
        }
        var filter = new EndpointQueries.Filter(
                name, tag, wanted, servicePolicyId, coveragePolicyId, strip(simIccid), strip(imei), state);
        EndpointQueries.Page result = queries.list(caller, filter, q);
        return Paged.respond(result.items(), result.total(), q);
    }

    @GetMapping("/{id}")
    Endpoint get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return queries.get(caller, id);
    }

    @PostMapping
    ResponseEntity<Endpoint> create(
            @AuthenticationPrincipal Caller caller,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = EndpointRequest.class)))
                    @RequestBody
                    ObjectNode body) {
        Endpoint created = endpoints.create(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/endpoints/" + created.id()))
                .body(created);
    }

    @PatchMapping("/{id}")
    Endpoint update(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = EndpointRequest.class)))
                    @RequestBody
                    ObjectNode patch) {
        return endpoints.update(caller, id, patch);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        endpoints.delete(caller, id);
        return ResponseEntity.noContent().build();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
