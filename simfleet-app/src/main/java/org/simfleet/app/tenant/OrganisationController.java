package org.simfleet.app.tenant;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/** {@code /api/v1/organisations}: the operator creates customers; everyone can read its own. */
@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationController {

    private final OrganisationService organisations;

    OrganisationController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    List<Organisation> list(@AuthenticationPrincipal Caller caller) {
        return organisations.list(caller);
    }

    @GetMapping("/me")
    Organisation mine(@AuthenticationPrincipal Caller caller) {
        return organisations.get(caller, caller.orgId());
    }

    @GetMapping("/{id}")
    Organisation get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return organisations.get(caller, id);
    }

    /** Sets, changes or removes ({@code "ip_pool": null}) the organisation's address pool: operator admins only. */
    @PatchMapping("/{id}")
    Organisation update(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            schema =
                                                    @Schema(
                                                            implementation =
                                                                    OrganisationService.UpdateOrganisation.class)))
                    @RequestBody
                    ObjectNode patch) {
        return organisations.update(caller, id, patch);
    }

    @PostMapping
    ResponseEntity<OrganisationService.CreatedOrganisation> create(
            @AuthenticationPrincipal Caller caller, @RequestBody OrganisationService.CreateOrganisation body) {
        var created = organisations.create(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id()))
                .body(created);
    }
}
