package org.simfleet.app.policy;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.api.Paged;
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
 * {@code /api/v1/service-policies}. Bodies arrive as JSON trees so that a PATCH can tell an absent field
 * (unchanged) from an explicit null ({@code "data_limit_bytes": null} lifts the limit).
 */
@RestController
@RequestMapping("/api/v1/service-policies")
class ServicePolicyController {

    private final ServicePolicyService policies;

    ServicePolicyController(ServicePolicyService policies) {
        this.policies = policies;
    }

    @GetMapping
    ResponseEntity<List<ServicePolicy>> list(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage,
            @RequestParam(required = false) String sort) {
        PageQuery q = PageQuery.of(page, perPage, sort, PolicyRows.SORTABLE, "id");
        ServicePolicyService.Page result = policies.list(caller, q);
        return Paged.respond(result.items(), result.total(), q);
    }

    @GetMapping("/{id}")
    ServicePolicy get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return policies.get(caller, id);
    }

    @PostMapping
    ResponseEntity<ServicePolicy> create(
            @AuthenticationPrincipal Caller caller,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = ServicePolicyRequest.class)))
                    @RequestBody
                    ObjectNode body) {
        ServicePolicy created = policies.create(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/service-policies/" + created.id()))
                .body(created);
    }

    @PatchMapping("/{id}")
    ServicePolicy update(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = ServicePolicyRequest.class)))
                    @RequestBody
                    ObjectNode patch) {
        return policies.update(caller, id, patch);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        policies.delete(caller, id);
        return ResponseEntity.noContent().build();
    }
}
