package org.simfleet.app.device;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.api.JsonBody;
import org.simfleet.app.api.PageQuery;
import org.simfleet.app.api.Paged;
import org.simfleet.app.api.Validation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/device-models}: the device catalogue and the APN commands of each entry. The catalogue is the same
 * for every organisation; anyone signed in may read it and render commands, which sends nothing.
 */
@RestController
@RequestMapping(DeviceModelController.PATH)
class DeviceModelController {

    static final String PATH = "/api/v1/device-models";

    private final JsonMapper json;

    DeviceModelController(JsonMapper json) {
        this.json = json;
    }

    @Operation(
            summary = "List the device catalogue",
            description = "Cellular modules, GPS trackers, routers and phones with how their APN is set. Filters:"
                    + " kind, vendor (ignoring case), q (in id, vendor, name and model names, e.g. FMB120).")
    @GetMapping
    ResponseEntity<List<DeviceModel>> list(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String vendor,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage,
            @RequestParam(required = false) String sort) {
        PageQuery query = PageQuery.of(page, perPage, sort, DeviceModelSearch.SORTABLE, "id");
        DeviceKind wantedKind = null;
        if (kind != null) {
            Validation v = new Validation();
            wantedKind = Validation.parseEnum(v, "kind", kind, DeviceKind.class);
            if (v.hasErrors()) {
                throw ApiException.badRequest("kind", v.errors().get(0).reason());
            }
        }
        DeviceModelSearch.Page result = DeviceModelSearch.search(wantedKind, vendor, q, query);
        return Paged.respond(result.items(), result.total(), query);
    }

    @GetMapping("/{id}")
    DeviceModel get(@PathVariable String id) {
        return ApnConfigurations.model(id).orElseThrow(() -> ApiException.notFound("Device model", id));
    }

    @Operation(
            summary = "Render the APN commands of a device model",
            description = "Answers the SMS, AT commands or steps that set the APN on this kind of device, in order,"
                    + " each SMS measured against one message (160 GSM 7-bit septets). Sends nothing: type them, or"
                    + " send them as SMS. Parameters are those the model lists, e.g. {\"password\": \"123456\"}.")
    @PostMapping("/{id}/apn-commands")
    ApnConfiguration apnCommands(
            @PathVariable String id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = ApnCommandsBody.class)))
                    @RequestBody
                    ObjectNode body) {
        ApnConfigurations.model(id).orElseThrow(() -> ApiException.notFound("Device model", id));
        ApnCommandsRequest request = JsonBody.read(json, body, ApnCommandsRequest.class);
        Validation v = new Validation();
        Map<String, String> params = request.flatParams(v);
        v.throwIfInvalid();
        return ApnConfigurations.render(id, request.apn(), params);
    }

    /** The request as the OpenAPI document shows it; {@link ApnCommandsRequest} reads it. */
    @Schema(name = "ApnCommandsRequest")
    record ApnCommandsBody(
            @Schema(example = "em", requiredMode = Schema.RequiredMode.REQUIRED) String apn,
            @Schema(description = "The model's parameters by name", example = "{\"password\": \"123456\"}")
                    Map<String, Object> params) {}
}
