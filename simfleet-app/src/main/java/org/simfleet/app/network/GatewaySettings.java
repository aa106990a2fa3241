package org.simfleet.app.network;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A gateway's validated fields, ready to store; {@code secret} is null when a PATCH keeps the stored one. The audit
 * log compares {@link #fields()}, which never hold the secret.
 */
record GatewaySettings(String name, String address, String secret, int coaPort) {

    Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("address", address);
        f.put("coa_port", coaPort);
        return f;
    }
}
