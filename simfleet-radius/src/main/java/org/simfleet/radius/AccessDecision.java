package org.simfleet.radius;

import java.net.Inet4Address;
import java.net.Inet6Address;
import org.simfleet.radius.attr.MicrosoftAttribute;
import org.simfleet.radius.attr.ThreeGppAttribute;
import org.simfleet.radius.codec.AttributeType;
import org.simfleet.radius.codec.AttributeWriter;
import org.simfleet.radius.codec.EncodedAttributes;

/**
 * The answer to an Access-Request: accept with the attributes the gateway configures the session with, or reject.
 * Immutable and already encoded, so an application may build one decision per SIM or policy and reuse it for every
 * request; the server adds the Message-Authenticator and the Proxy-State copies itself.
 */
public final class AccessDecision implements EncodedAttributes {
    private final boolean accepted;
    private final byte[] attributes;

    private AccessDecision(boolean accepted, byte[] attributes) {
        this.accepted = accepted;
        this.attributes = attributes;
    }

    /** An Access-Reject, with a Reply-Message for the gateway's logs when {@code replyMessage} is not null. */
    public static AccessDecision reject(String replyMessage) {
        AttributeWriter writer = new AttributeWriter();
        if (replyMessage != null && !replyMessage.isEmpty()) {
            writer.addString(AttributeType.REPLY_MESSAGE, replyMessage);
        }
        return new AccessDecision(false, writer.toByteArray());
    }

    /** Starts an Access-Accept. */
    public static Builder accept() {
        return new Builder();
    }

    public boolean accepted() {
        return accepted;
    }

    @Override
    public int encodedLength() {
        return attributes.length;
    }

    @Override
    public void copyEncoded(byte[] dest, int offset) {
        System.arraycopy(attributes, 0, dest, offset, attributes.length);
    }

    @Override
    public String toString() {
        return (accepted ? "accept" : "reject") + " (" + attributes.length + " octets of attributes)";
    }

    /** The attributes of an Access-Accept, in the order they are added. */
    public static final class Builder {
        /** RFC 2869 §5.16: the interval "SHOULD NOT be smaller than 60" seconds. */
        private static final int MIN_INTERIM_INTERVAL = 60;

        private final AttributeWriter writer = new AttributeWriter();

        private Builder() {}

        /** The address the gateway gives the device (RFC 2865 §5.8). */
        public Builder framedIpAddress(Inet4Address address) {
            writer.addAddress(AttributeType.FRAMED_IP_ADDRESS, address);
            return this;
        }

        /** The longest the session may last, in seconds (RFC 2865 §5.27). */
        public Builder sessionTimeout(long seconds) {
            writer.addInteger(AttributeType.SESSION_TIMEOUT, seconds);
            return this;
        }

        /** How often the gateway sends Interim-Updates, in seconds (RFC 2869 §5.16). */
        public Builder acctInterimInterval(long seconds) {
            if (seconds < MIN_INTERIM_INTERVAL) {
                throw new IllegalArgumentException("Acct-Interim-Interval should be at least 60 s (RFC 2869 §5.16)");
            }
            writer.addInteger(AttributeType.ACCT_INTERIM_INTERVAL, seconds);
            return this;
        }

        /** IPv4 DNS servers for the session as MS-Primary/Secondary-DNS-Server (RFC 2548); secondary may be null. */
        public Builder dns(Inet4Address primary, Inet4Address secondary) {
            writer.addVendorAddress(MicrosoftAttribute.VENDOR_ID, MicrosoftAttribute.PRIMARY_DNS_SERVER, primary);
            if (secondary != null) {
                writer.addVendorAddress(
                        MicrosoftAttribute.VENDOR_ID, MicrosoftAttribute.SECONDARY_DNS_SERVER, secondary);
            }
            return this;
        }

        /** IPv6 DNS servers as one 3GPP-IPv6-DNS-Servers, a list of 16-octet addresses (TS 29.061 §16.4.7.2). */
        public Builder ipv6Dns(Inet6Address... servers) {
            byte[] value = new byte[servers.length * 16];
            for (int i = 0; i < servers.length; i++) {
                System.arraycopy(servers[i].getAddress(), 0, value, i * 16, 16);
            }
            writer.addVendor(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.IPV6_DNS_SERVERS, value);
            return this;
        }

        public Builder replyMessage(String text) {
            writer.addString(AttributeType.REPLY_MESSAGE, text);
            return this;
        }

        /** A Class the gateway echoes in every Accounting-Request of the session (RFC 2865 §5.25). */
        public Builder classAttribute(byte[] value) {
            writer.add(AttributeType.CLASS, value);
            return this;
        }

        /** Any other standard attribute, already encoded as its type requires. */
        public Builder attribute(int type, byte[] value) {
            writer.add(type, value);
            return this;
        }

        /** Any other vendor attribute. */
        public Builder vendorAttribute(int vendorId, int vendorType, byte[] value) {
            writer.addVendor(vendorId, vendorType, value);
            return this;
        }

        public AccessDecision build() {
            return new AccessDecision(true, writer.toByteArray());
        }
    }
}
