package org.simfleet.app.network;

import java.util.List;
import java.util.Map;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.tenant.Caller;
import org.springframework.http.HttpStatus;

/**
 * The network resources belong to the platform operator's core network. For a customer organisation they do not
 * exist, so its requests answer 404 exactly as an unknown path does, whatever its role.
 */
final class OperatorResources {

    private OperatorResources() {}

    static void requireOperator(Caller caller, String path) {
        if (!caller.isOperator()) {
            throw new ApiException(
                    HttpStatus.NOT_FOUND, "Not found", "No such resource: " + path.substring(1), List.of(), Map.of());
        }
    }
}
