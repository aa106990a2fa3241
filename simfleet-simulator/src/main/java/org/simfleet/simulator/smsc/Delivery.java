package org.simfleet.simulator.smsc;

import java.time.Duration;
import java.util.Objects;

/** What happens to an MT sent to one simulated handset. */
public sealed interface Delivery {

    /** The handset takes it after {@code after}: subscribers see it, the receipt says DELIVRD. */
    record Delivered(Duration after) implements Delivery {
        public Delivered {
            Objects.requireNonNull(after, "after");
        }
    }

    /**
     * The network gives up after {@code after}: the receipt says UNDELIV with {@code error} (Appendix B err:) and
     * {@code networkErrorCode} (TLV 0x0423, GSM).
     */
    record Failed(Duration after, String error, int networkErrorCode) implements Delivery {
        public Failed {
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(error, "error");
        }
    }

    /** The handset cannot be reached: the message expires when its validity period ends (receipt EXPIRED). */
    record Unreachable() implements Delivery {}

    /** The SMSC refuses the submit_sm itself with {@code commandStatus} (e.g. 0x0B ESME_RINVDSTADR). */
    record Rejected(int commandStatus) implements Delivery {}
}
