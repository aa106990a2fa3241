package org.simfleet.app.sms;

import java.util.List;
import java.util.Map;
import org.simfleet.app.api.ApiException;
import org.simfleet.app.sim.SimState;
import org.springframework.http.HttpStatus;

/**
 * The endpoint an MT is for, with what decides whether it may have one: its status, its SIM's state and number, and
 * its service policy's SMS settings.
 */
record SendTarget(
        long endpointId,
        String endpointStatus,
        Long simId,
        String iccid,
        String simState,
        String msisdn,
        boolean smsMtAllowed,
        Integer smsLimit) {

    /**
     * The first rule the message breaks, as the 409 to answer, or null. The order is the one a user fixes them in:
     * the endpoint, then its SIM, then the policy.
     */
    ApiException refusal() {
        if (!"ENABLED".equals(endpointStatus)) {
            return refused("endpoint.status", "the endpoint is " + endpointStatus + "; enable it to send SMS");
        }
        if (simId == null) {
            return refused("endpoint.sim", "the endpoint has no SIM");
        }
        if (!SimState.valueOf(simState).passesTraffic()) {
            return refused(
                    "sim.state",
                    "SIM " + iccid + " is " + simState + ", which passes no traffic (only TEST and ACTIVE do)");
        }
        if (msisdn == null) {
            return refused("sim.msisdn", "SIM " + iccid + " has no MSISDN to send to");
        }
        if (!smsMtAllowed) {
            return refused("service_policy.sms_mt_allowed", "the endpoint's service policy does not allow SMS MT");
        }
        return null;
    }

    static ApiException limitReached(int limit, long sent) {
        return refused(
                "service_policy.sms_limit",
                "the monthly SMS limit of " + limit + " is reached (" + sent + " MT this month)");
    }

    static ApiException refused(String field, String reason) {
        return new ApiException(
                HttpStatus.CONFLICT,
                "SMS refused",
                field + ": " + reason,
                List.of(new ApiException.FieldError(field, reason)),
                Map.of());
    }
}
