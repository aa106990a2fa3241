package org.simfleet.app.device.power;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.simfleet.app.api.JsonBody;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/tools/psm} and {@code /api/v1/tools/edrx}: calculators that change nothing, for anyone signed in.
 * Unknown fields and wrong JSON types answer 400, values the timers cannot take 422 naming the field.
 */
@RestController
@RequestMapping("/api/v1/tools")
class PowerSavingController {

    private final JsonMapper json;

    PowerSavingController(JsonMapper json) {
        this.json = json;
    }

    @Operation(
            summary = "Encode or decode PSM timers",
            description = "periodic_tau_seconds / active_time_seconds give the nearest T3412 extended (GPRS Timer 3)"
                    + " and T3324 (GPRS Timer 2) octets of 3GPP TS 24.008 with the error and the AT+CPSMS command;"
                    + " t3412_ext / t3324 (8 bits) decode; module_response reads a +CPSMS: answer.")
    @PostMapping("/psm")
    PsmAnswer psm(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = PsmRequest.class)))
                    @RequestBody
                    ObjectNode body) {
        return PsmCalculator.answer(JsonBody.read(json, body, PsmRequest.class));
    }

    @Operation(
            summary = "Encode or decode an eDRX cycle",
            description = "rat (LTE-M or NB-IoT) with cycle_seconds gives the nearest eDRX value of 3GPP TS 24.008"
                    + " Table 10.5.5.32 with the error and the AT+CEDRXS command; with edrx_value (4 bits) decodes;"
                    + " module_response reads +CEDRXS:, +CEDRXRDP: or +CEDRXP: lines, one setting per line.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(oneOf = {EdrxAnswer.class, EdrxReadings.class})))
    @PostMapping("/edrx")
    Object edrx(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = EdrxRequest.class)))
                    @RequestBody
                    ObjectNode body) {
        return EdrxCalculator.answer(JsonBody.read(json, body, EdrxRequest.class));
    }
}
