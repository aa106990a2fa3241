package org.simfleet.app.aaa;

import java.util.concurrent.CompletionStage;
import org.simfleet.app.sim.SimState;
import org.simfleet.radius.AccessDecision;
import org.simfleet.radius.AccessHandler;
import org.simfleet.radius.AccessRequest;
import org.simfleet.radius.attr.ThreeGppAttribute;
import org.simfleet.radius.codec.RadiusPacket;
import org.springframework.stereotype.Component;

/**
 * Decides whether a device may open a data session (a PDP context or PDN connection) when its packet gateway asks
 * (RADIUS Access-Request, 3GPP TS 29.061 §16.4), from the read model alone: no query, no lock, no wait, and beyond the
 * strings parsed from the request, one small event record per decision. The checks run in this order, the first that
 * fails answering an Access-Reject whose Reply-Message says why: unknown IMSI (3GPP-IMSI, else User-Name); a SIM state
 * that passes no traffic; no endpoint; endpoint disabled; data not allowed; radio type (3GPP-RAT-Type) not allowed;
 * APN (Called-Station-Id) not allowed; serving network (3GPP-SGSN-MCC-MNC) in a country not covered or blacklisted;
 * IMEI lock violated (3GPP-IMEISV). An Access-Accept carries the endpoint's static address (Framed-IP-Address), the
 * service policy's DNS servers and its Acct-Interim-Interval.
 *
 * <p>The User-Password is not checked. The network has authenticated the SIM already with the AKA run between the
 * SIM and the HSS (3GPP TS 33.102 §6.3 / TS 33.401 §6.1); gateways fill the password with a fixed or the APN's
 * configured value, which proves nothing about the device. A request without 3GPP-RAT-Type is not checked against
 * the radio types; one without 3GPP-SGSN-MCC-MNC is allowed only by a worldwide coverage policy.
 */
@Component
class PdpAuthorizer implements AccessHandler {

    private static final int TGPP = ThreeGppAttribute.VENDOR_ID;

    private static final Reject UNKNOWN = Reject.of(RejectReason.UNKNOWN_IMSI, "unknown IMSI");
    private static final Reject NO_ENDPOINT =
            Reject.of(RejectReason.NO_ENDPOINT, "the SIM is not assigned to an endpoint");
    private static final Reject DISABLED = Reject.of(RejectReason.ENDPOINT_DISABLED, "the endpoint is disabled");
    private static final Reject NO_SERVICE_POLICY =
            Reject.of(RejectReason.DATA_NOT_ALLOWED, "the endpoint's service policy is not known here yet");
    private static final Reject NO_COVERAGE_POLICY =
            Reject.of(RejectReason.COUNTRY_NOT_COVERED, "the endpoint's coverage policy is not known here yet");
    private static final Reject NO_IMEI = Reject.of(
            RejectReason.IMEI_LOCK, "IMEI lock: the endpoint is locked to one device and the request names none");
    private static final Reject OTHER_DEVICE =
            Reject.of(RejectReason.IMEI_LOCK, "IMEI lock: the device is not the one the endpoint is locked to");
    private static final Reject[] STATE = new Reject[SimState.values().length];

    static {
        for (SimState state : SimState.values()) {
            STATE[state.ordinal()] =
                    Reject.of(RejectReason.SIM_STATE, "the SIM is " + state + ", which passes no traffic");
        }
    }

    private final AuthorizationModel model;
    private final DecisionLog events;
    private final DecisionMetrics metrics;

    PdpAuthorizer(AuthorizationModel model, DecisionLog events, DecisionMetrics metrics) {
        this.model = model;
        this.events = events;
        this.metrics = metrics;
    }

    @Override
    public CompletionStage<AccessDecision> authorize(AccessRequest request) {
        long now = System.currentTimeMillis();
        RadiusPacket packet = request.packet();
        String imsi = packet.vendorString(TGPP, ThreeGppAttribute.IMSI);
        if (imsi == null) {
            imsi = request.userName();
        }
        long key = ImsiKey.of(imsi);
        Subscriber s = key == ImsiKey.NONE ? null : model.subscriber(key);
        if (s == null) {
            metrics.rejected(RejectReason.UNKNOWN_IMSI);
            events.record(new DecisionEvent(
                    now,
                    0,
                    0,
                    0,
                    RejectReason.UNKNOWN_IMSI,
                    imsi == null ? "no IMSI given (neither 3GPP-IMSI nor User-Name)" : "unknown IMSI " + imsi,
                    null,
                    -1,
                    null,
                    Subscriber.NONE));
            return UNKNOWN.stage();
        }
        String apn = request.calledStationId();
        int rat = (int) packet.vendorOctet(TGPP, ThreeGppAttribute.RAT_TYPE);
        String network = packet.vendorString(TGPP, ThreeGppAttribute.SGSN_MCC_MNC);
        ServiceRules service = model.service(s.servicePolicyId());
        Reject reject = check(s, service, apn, rat, network, request);
        if (reject != null) {
            metrics.rejected(reject.reason());
            events.record(new DecisionEvent(
                    now,
                    s.orgId(),
                    s.simId(),
                    s.endpointId(),
                    reject.reason(),
                    reject.message(),
                    apn,
                    rat,
                    network,
                    Subscriber.NONE));
            return reject.stage();
        }
        metrics.accepted();
        events.record(
                new DecisionEvent(now, s.orgId(), s.simId(), s.endpointId(), null, null, apn, rat, network, s.ip()));
        return service.acceptStage(s.ip());
    }

    /** The first check that fails, or null when the device may open the session. */
    private Reject check(Subscriber s, ServiceRules service, String apn, int rat, String network, AccessRequest r) {
        if (!s.state().passesTraffic()) {
            return STATE[s.state().ordinal()];
        }
        if (!s.hasEndpoint()) {
            return NO_ENDPOINT;
        }
        if (!s.enabled()) {
            return DISABLED;
        }
        if (service == null) {
            return NO_SERVICE_POLICY;
        }
        if (!service.dataAllowed) {
            return service.dataNotAllowed;
        }
        if (rat >= 0 && !service.allowsRadio(rat)) {
            return service.radioRejected(rat);
        }
        if (!service.allowsApn(apn)) {
            return service.apnRejected(apn);
        }
        Reject coverage = coverage(s, network);
        if (coverage != null) {
            return coverage;
        }
        if (s.lockedDevice() != Subscriber.NONE) {
            String imeisv = r.imeisv();
            if (imeisv == null) {
                return NO_IMEI;
            }
            if (Subscriber.deviceDigits(imeisv) != s.lockedDevice()) {
                return OTHER_DEVICE;
            }
        }
        return null;
    }

    private Reject coverage(Subscriber s, String network) {
        CoverageRules coverage = model.coverage(s.coveragePolicyId());
        if (coverage == null) {
            return NO_COVERAGE_POLICY;
        }
        return switch (coverage.check(network)) {
            case CoverageRules.COUNTRY -> Reject.of(
                    RejectReason.COUNTRY_NOT_COVERED,
                    network == null
                            ? "serving network unknown (no 3GPP-SGSN-MCC-MNC) and policy " + coverage.name
                                    + " does not cover every country"
                            : "country " + network.substring(0, Math.min(3, network.length()))
                                    + " not covered by policy " + coverage.name);
            case CoverageRules.OPERATOR -> Reject.of(
                    RejectReason.OPERATOR_BLOCKED,
                    "operator " + CoverageRules.network(network) + " blocked by policy " + coverage.name);
            default -> null;
        };
    }
}
