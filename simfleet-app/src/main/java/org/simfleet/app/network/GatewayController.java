package org.simfleet.app.network;

import io.swagger.v3.oas.annotations.Operation;
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
 * {@code /api/v1/network/gateways}: the packet gateways (RADIUS clients) of the operator's core network. The operator's
 * users read them, its admins write them; for customer organisations the resource does not exist.
 */
@RestController
@RequestMapping(GatewayService.PATH)
class GatewayController {

    private final GatewayService gateways;

    GatewayController(GatewayService gateways) {
        this.gateways = gateways;
    }

    @GetMapping
    ResponseEntity<List<Gateway>> list(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage,
            @RequestParam(required = false) String sort) {
        PageQuery q = PageQuery.of(page, perPage, sort, GatewayService.SORTABLE, "id");
        GatewayService.Page result = gateways.list(caller, q);
        return Paged.respond(result.items(), result.total(), q);
    }

    @GetMapping("/{id}")
    Gateway get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return gateways.get(caller, id);
    }

    @Operation(
            summary = "Add a packet gateway",
            description =
                    """
                    Registers a RADIUS client: its source address (an IPv4 or IPv6 literal, never a host name), the \
                    shared secret (at least 8 characters; write-only) and its Disconnect/CoA port (default 3799). \
                    The RADIUS server answers it as soon as this request returns.""")
    @PostMapping
    ResponseEntity<Gateway> create(
            @AuthenticationPrincipal Caller caller,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = GatewayRequest.class)))
                    @RequestBody
                    ObjectNode body) {
        Gateway created = gateways.create(caller, body);
        return ResponseEntity.created(URI.create(GatewayService.PATH + "/" + created.id()))
                .body(created);
    }

    @PatchMapping("/{id}")
    Gateway update(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = GatewayRequest.class)))
                    @RequestBody
                    ObjectNode patch) {
        return gateways.update(caller, id, patch);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        gateways.delete(caller, id);
        return ResponseEntity.noContent().build();
    }
}
