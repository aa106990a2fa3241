package org.simfleet.radius;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.RadiusPacket;
import org.simfleet.radius.codec.UserPassword;

/** An authenticated Access-Request (RFC 2865 §4.1): its Message-Authenticator has already been verified. */
public final class AccessRequest extends RadiusRequest {
    /**
     * Wraps a parsed Access-Request. The server builds these; the constructor is public so applications can test
     * their {@link AccessHandler} with packets of their own.
     */
    public AccessRequest(RadiusPacket packet, NasClient nas, InetSocketAddress source) {
        super(packet, nas, source);
    }

    /**
     * The User-Password recovered with the NAS's secret (RFC 2865 §5.2) and read as UTF-8, or {@code null} when
     * absent or malformed. Gateways that do not authenticate the APN send a fixed value or none.
     */
    public String userPassword() {
        byte[] hidden = packet().attribute(AttributeType.USER_PASSWORD);
        if (hidden == null) {
            return null;
        }
        byte[] plain = UserPassword.reveal(hidden, packet().authenticator(), nas().secret());
        return plain == null ? null : new String(plain, StandardCharsets.UTF_8);
    }

    /** NAS-Port-Type (RFC 2865 §5.41), or {@code null}. */
    public Long nasPortType() {
        return boxed(packet().integer(AttributeType.NAS_PORT_TYPE));
    }
}
