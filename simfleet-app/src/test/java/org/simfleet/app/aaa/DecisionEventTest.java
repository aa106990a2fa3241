package org.simfleet.app.aaa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionEventTest {

    @Test
    void describesAnAcceptAsTheEventLogShowsIt() {
        DecisionEvent e = new DecisionEvent(0, 1, 2, 3, null, null, "em", 6, "26201", 0x64400007L);

        assertThat(e.description())
                .isEqualTo("Create PDP Context accepted: APN em, LTE, operator 262-01, IP 100.64.0.7");
    }

    @Test
    void leavesOutWhatTheRequestDidNotSay() {
        DecisionEvent e = new DecisionEvent(0, 1, 2, 3, null, null, null, -1, null, Subscriber.NONE);

        assertThat(e.description()).isEqualTo("Create PDP Context accepted:");
    }

    @Test
    void describesARejectByItsReason() {
        DecisionEvent e = new DecisionEvent(
                0,
                1,
                2,
                3,
                RejectReason.RAT_NOT_ALLOWED,
                "radio type NB-IoT not allowed by policy Trackers",
                "em",
                8,
                "26201",
                Subscriber.NONE);

        assertThat(e.description()).isEqualTo("PDP context rejected: radio type NB-IoT not allowed by policy Trackers");
    }
}
