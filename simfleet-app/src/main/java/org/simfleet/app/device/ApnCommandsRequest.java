package org.simfleet.app.device;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.simfleet.app.api.Validation;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /api/v1/device-models/{id}/apn-commands}: the APN and the model's parameters. A parameter
 * may be a string, a number or a list (a list of networks as {@code ["26201", "26202"]} or as "26201,26202").
 */
record ApnCommandsRequest(String apn, JsonNode params) {

    /** The parameters as the renderer takes them; a value that is an object is refused on its field. */
    Map<String, String> flatParams(Validation v) {
        Map<String, String> flat = new LinkedHashMap<>();
        if (params == null || params.isNull()) {
            return flat;
        }
        if (!params.isObject()) {
            v.reject("params", "must be an object of parameter names and values");
            return flat;
        }
        params.properties().forEach(e -> {
            JsonNode value = e.getValue();
            String field = Arguments.field(e.getKey());
            if (value.isNull()) {
                return;
            }
            if (value.isArray()) {
                if (value.valueStream().allMatch(JsonNode::isValueNode)) {
                    flat.put(
                            e.getKey(),
                            value.valueStream().map(JsonNode::asString).collect(Collectors.joining(",")));
                } else {
                    v.reject(field, "must be a list of strings or numbers");
                }
            } else if (value.isValueNode()) {
                flat.put(e.getKey(), value.asString());
            } else {
                v.reject(field, "must be a string, a number or a list");
            }
        });
        return flat;
    }
}
