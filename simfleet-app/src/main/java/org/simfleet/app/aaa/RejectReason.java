package org.simfleet.app.aaa;

import java.util.Locale;

/** Why an Access-Request was rejected, in the order the checks run; also the {@code reason} tag of the metric. */
enum RejectReason {
    UNKNOWN_IMSI,
    SIM_STATE,
    NO_ENDPOINT,
    ENDPOINT_DISABLED,
    DATA_NOT_ALLOWED,
    RAT_NOT_ALLOWED,
    APN_NOT_ALLOWED,
    COUNTRY_NOT_COVERED,
    OPERATOR_BLOCKED,
    IMEI_LOCK;

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
