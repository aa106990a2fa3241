package org.simfleet.app.sms;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.JsonBody;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.api.Validation;
import org.simfleet.app.tenant.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code /api/v1/endpoints/{id}/sms}: send, list, read and cancel an endpoint's SMS. */
@RestController
@RequestMapping("/api/v1/endpoints/{endpointId}/sms")
class SmsController {

    private final SmsService sms;
    private final SmsQueries queries;
    private final JsonMapper json;

    SmsController(SmsService sms, SmsQueries queries, JsonMapper json) {
        this.sms = sms;
        this.queries = queries;
        this.json = json;
    }

    @Operation(
            summary = "Send an SMS to the endpoint's SIM",
            description = "Answered 201 once the message is stored; it is submitted to the SMSC when it is reachable"
                    + " and retried until its expiry_date. 409 when the endpoint is disabled, its SIM passes no"
                    + " traffic, its service policy does not allow SMS MT or its monthly sms_limit is reached.")
    @PostMapping
    ResponseEntity<SmsMessage> send(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long endpointId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = SmsRequest.class)))
                    @RequestBody
                    ObjectNode body) {
        SmsMessage sent = sms.send(caller, endpointId, JsonBody.read(json, body, SmsRequest.class));
        return ResponseEntity.created(URI.create("/api/v1/endpoints/" + endpointId + "/sms/" + sent.id()))
                .body(sent);
    }

    @Operation(summary = "The endpoint's SMS, newest first; filters direction (MT, MO) and status")
    @GetMapping
    ResponseEntity<List<SmsMessage>> list(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long endpointId,
            @RequestParam(required = false) String direction,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage,
            @RequestParam(required = false) String sort) {
        PageQuery q = PageQuery.of(page, perPage, sort, SmsQueries.SORTABLE, "-id");
        Validation v = new Validation();
        SmsStatus wanted = Validation.parseEnum(v, "status", status, SmsStatus.class);
        if (direction != null && !direction.equals("MT") && !direction.equals("MO")) {
            v.reject("direction", "must be MT or MO");
        }
        if (v.hasErrors()) {
            throw ApiException.badRequest(
                    v.errors().get(0).field(), v.errors().get(0).reason());
        }
        queries.requireEndpoint(caller, endpointId);
        SmsQueries.Page result = queries.list(caller, endpointId, direction, wanted, q);
        return org.simfleet.app.api.Paged.respond(result.items(), result.total(), q);
    }

    @GetMapping("/{smsId}")
    SmsMessage get(@AuthenticationPrincipal Caller caller, @PathVariable long endpointId, @PathVariable long smsId) {
        return queries.get(caller, endpointId, smsId);
    }

    @Operation(summary = "Cancel an SMS that was not handed to the SMSC yet (PENDING); 409 otherwise")
    @DeleteMapping("/{smsId}")
    SmsMessage cancel(@AuthenticationPrincipal Caller caller, @PathVariable long endpointId, @PathVariable long smsId) {
        return sms.cancel(caller, endpointId, smsId);
    }
}
