package org.simfleet.app.aaa;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.simfleet.app.kernel.Ipv4Address;
import org.simfleet.app.policy.RatType;
import org.simfleet.app.policy.ServicePolicy;
import org.simfleet.radius.AccessDecision;
import org.simfleet.radius.attr.MicrosoftAttribute;
import org.simfleet.radius.attr.ThreeGppAttribute;
import org.simfleet.radius.codec.AttributeType;

/**
 * A service policy compiled for the decision path: radio types as a bit mask, APNs as an array compared without case
 * and without allocating, DNS servers already encoded, and the rejects it can cause built once. An Access-Accept
 * without a static address is the same for every device on the policy and is built once too; with one, only the
 * Framed-IP-Address differs, so it is built per request (a few hundred bytes) rather than cached per SIM (some
 * 100 MB for a million SIMs).
 */
final class ServiceRules {

    /** ".mnc001.mcc001.gprs": the APN Operator Identifier a gateway may append (3GPP TS 23.003 §9.1.2). */
    private static final int OPERATOR_IDENTIFIER_LENGTH = 19;

    final long id;
    final String name;
    final boolean dataAllowed;
    private final int ratMask;
    private final String[] apns;
    private final int interimSeconds;
    private final List<byte[]> ipv4Dns;
    private final byte[] ipv6Dns;
    private final CompletionStage<AccessDecision> acceptWithoutAddress;
    final Reject dataNotAllowed;
    private final Reject[] ratNotAllowed = new Reject[RatType.values().length];

    private ServiceRules(ServicePolicy p) {
        id = p.id();
        name = p.name();
        dataAllowed = p.dataAllowed();
        int mask = 0;
        for (RatType t : p.ratTypes()) {
            mask |= 1 << t.ordinal();
        }
        ratMask = mask;
        apns = p.apns().toArray(String[]::new);
        interimSeconds = p.interimIntervalSeconds();
        ipv4Dns = new ArrayList<>(2);
        List<byte[]> v6 = new ArrayList<>(2);
        for (String server : p.dnsServers()) {
            if (server.contains(":")) {
                v6.add(ipv6(server));
            } else {
                ipv4Dns.add(Ipv4Address.of(server).octets());
            }
        }
        ipv6Dns = v6.isEmpty() ? null : new byte[16 * v6.size()];
        for (int i = 0; i < v6.size(); i++) {
            System.arraycopy(v6.get(i), 0, ipv6Dns, 16 * i, 16);
        }
        acceptWithoutAddress = CompletableFuture.completedStage(accept(Subscriber.NONE));
        dataNotAllowed = Reject.of(RejectReason.DATA_NOT_ALLOWED, "data not allowed by policy " + name);
        for (RatType t : RatType.values()) {
            ratNotAllowed[t.ordinal()] = Reject.of(
                    RejectReason.RAT_NOT_ALLOWED,
                    "radio type " + RadioTypes.name(t) + " not allowed by policy " + name);
        }
    }

    static ServiceRules of(ServicePolicy policy) {
        return new ServiceRules(policy);
    }

    /** Whether the policy allows the radio type of this 3GPP-RAT-Type code; one it cannot name never is. */
    boolean allowsRadio(int code) {
        RatType type = RadioTypes.of(code);
        return type != null && (ratMask & (1 << type.ordinal())) != 0;
    }

    Reject radioRejected(int code) {
        RatType type = RadioTypes.of(code);
        return type != null
                ? ratNotAllowed[type.ordinal()]
                : Reject.of(
                        RejectReason.RAT_NOT_ALLOWED,
                        "radio type " + RadioTypes.label(code) + " not allowed by policy " + name);
    }

    /**
     * Whether the APN of a Called-Station-Id is one of the policy's. APNs compare without case (3GPP TS 23.003 §9.1,
     * as {@link ServicePolicy#allowsApn} does), surrounding blanks and an Operator Identifier suffix are ignored.
     */
    boolean allowsApn(String calledStationId) {
        if (calledStationId == null) {
            return false;
        }
        int start = 0;
        int end = calledStationId.length();
        while (start < end && calledStationId.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && calledStationId.charAt(end - 1) <= ' ') {
            end--;
        }
        end = withoutOperatorIdentifier(calledStationId, start, end);
        for (String apn : apns) {
            if (apn.length() == end - start && calledStationId.regionMatches(true, start, apn, 0, apn.length())) {
                return true;
            }
        }
        return false;
    }

    Reject apnRejected(String calledStationId) {
        return Reject.of(
                RejectReason.APN_NOT_ALLOWED,
                calledStationId == null
                        ? "no APN given (Called-Station-Id); policy " + name + " allows only its own APNs"
                        : "APN " + calledStationId.strip() + " not allowed by policy " + name);
    }

    /** The Access-Accept for a device with static address {@code ip}, or none ({@link Subscriber#NONE}). */
    CompletionStage<AccessDecision> acceptStage(long ip) {
        return ip == Subscriber.NONE ? acceptWithoutAddress : CompletableFuture.completedStage(accept(ip));
    }

    private AccessDecision accept(long ip) {
        AccessDecision.Builder accept = AccessDecision.accept();
        if (ip != Subscriber.NONE) {
            accept.attribute(
                    AttributeType.FRAMED_IP_ADDRESS,
                    new byte[] {(byte) (ip >>> 24), (byte) (ip >>> 16), (byte) (ip >>> 8), (byte) ip});
        }
        // RFC 2548 §2.6: MS-Primary-DNS-Server and MS-Secondary-DNS-Server; TS 29.061 §16.4.7.2 for IPv6
        if (!ipv4Dns.isEmpty()) {
            accept.vendorAttribute(MicrosoftAttribute.VENDOR_ID, MicrosoftAttribute.PRIMARY_DNS_SERVER, ipv4Dns.get(0));
        }
        if (ipv4Dns.size() > 1) {
            accept.vendorAttribute(
                    MicrosoftAttribute.VENDOR_ID, MicrosoftAttribute.SECONDARY_DNS_SERVER, ipv4Dns.get(1));
        }
        if (ipv6Dns != null) {
            accept.vendorAttribute(ThreeGppAttribute.VENDOR_ID, ThreeGppAttribute.IPV6_DNS_SERVERS, ipv6Dns);
        }
        return accept.acctInterimInterval(interimSeconds).build();
    }

    private static int withoutOperatorIdentifier(String apn, int start, int end) {
        int oi = end - OPERATOR_IDENTIFIER_LENGTH;
        if (oi > start
                && apn.regionMatches(true, oi, ".mnc", 0, 4)
                && apn.regionMatches(true, oi + 7, ".mcc", 0, 4)
                && apn.regionMatches(true, oi + 14, ".gprs", 0, 5)) {
            return oi;
        }
        return end;
    }

    /** Policies store validated literals (policy.IpLiteral), so this never asks DNS. */
    private static byte[] ipv6(String literal) {
        try {
            byte[] address = InetAddress.getByName(literal).getAddress();
            if (address.length == 4) {
                // Java reads "::ffff:192.0.2.1" as IPv4; the attribute wants the 16-octet mapped form (RFC 4291
                // §2.5.5.2)
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(address, 0, mapped, 12, 4);
                return mapped;
            }
            return address;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("stored DNS server " + literal + " is not an address literal", e);
        }
    }
}
