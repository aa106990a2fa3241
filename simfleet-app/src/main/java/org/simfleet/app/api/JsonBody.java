package org.simfleet.app.api;

import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads POST and PATCH bodies into a request record. A PATCH is applied to the current fields first
 * (named fields replace, an explicit null included; absent ones stay) and the result is validated like
 * a create, so a PATCH can never store what a POST would refuse. Unknown fields are refused rather than
 * ignored: a misspelt field would otherwise be a change the caller believes was made.
 */
public final class JsonBody {

    private JsonBody() {}

    public static <T> T read(JsonMapper json, ObjectNode body, Class<T> type) {
        try {
            return json.readerFor(type)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(body);
        } catch (JacksonException e) {
            throw invalid(e);
        }
    }

    /** A binding failure as the API answers it: the field it names, unknown or of the wrong type or format. */
    public static ApiException invalid(JacksonException e) {
        String field = field(e);
        if (e instanceof tools.jackson.databind.exc.UnrecognizedPropertyException) {
            return ApiException.badRequest(field, "is not a known field");
        }
        return ApiException.badRequest(field.isEmpty() ? "body" : field, "has the wrong type or format");
    }

    /** The JSON path a binding failure names, as the API's errors name fields ({@code items[2].iccid}); may be empty. */
    public static String field(JacksonException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    public static <T> T merge(JsonMapper json, T current, ObjectNode patch, Class<T> type) {
        ObjectNode merged = json.valueToTree(current);
        merged.setAll(patch);
        return read(json, merged, type);
    }
}
