package org.simfleet.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The read API other features use: the open sessions of an endpoint or a SIM. */
class OpenSessionsTest extends AccountingTestBase {

    @Autowired
    OpenSessions openSessions;

    @Test
    void namesTheOpenSessionsOfAnEndpointAndItsSimForADisconnect() {
        Subscriber sub = subscriber();
        String open = sessionId();
        String stopped = sessionId();
        gateway().account(Acct.start(stopped, sub.imsi()));
        gateway().account(Acct.stop(stopped, sub.imsi(), 1, 1, 1));
        gateway().account(Acct.start(open, sub.imsi()));

        assertThat(openSessions.ofEndpoint(sub.endpointId())).singleElement().satisfies(s -> {
            assertThat(s.acctSessionId()).isEqualTo(open);
            assertThat(s.gatewayAddress()).isEqualTo("127.0.0.1");
            assertThat(s.userName()).isEqualTo(sub.imsi());
            assertThat(s.imsi()).isEqualTo(sub.imsi());
            assertThat(s.framedIp()).isEqualTo("100.64.1.2");
            assertThat(s.apn()).isEqualTo("em");
            assertThat(s.ratType()).isEqualTo("4G");
            assertThat(s.startedAt()).isNotNull();
        });
        assertThat(openSessions.ofSim(sub.simId()))
                .extracting(OpenSession::acctSessionId)
                .containsExactly(open);
    }
}
