package org.simfleet.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Accounting-On from a gateway (RFC 2866 §5.1: it restarted, so every session it had is gone). The gateway is
 * 127.0.0.2, a loopback address of its own, so its restart ends no session of the other tests' gateway.
 */
class GatewayRestartApiTest extends AccountingTestBase {

    private TestGateway restarting;

    @AfterEach
    void closeRestarting() {
        if (restarting != null) {
            restarting.close();
        }
    }

    @Test
    void closesTheOpenSessionsOfTheGatewayAsNasRebootAndCountsTheirUsage() {
        restarting = TestGateway.registered(jdbc(), gateways, "127.0.0.2", radius.acctPort());
        String imsi = strangerImsi();
        String open = sessionId();
        String stopped = sessionId();
        restarting.account(Acct.start(open, imsi));
        restarting.account(Acct.interim(open, imsi, 800, 900));
        restarting.account(Acct.start(stopped, imsi));
        restarting.account(Acct.stop(stopped, imsi, 10, 20, 5));

        restarting.account(Acct.accountingOn());

        Map<String, Object> closed = session(open);
        assertThat(closed.get("ended_at")).isNotNull();
        assertThat(closed).containsEntry("terminate_cause", "NAS_REBOOT");
        assertThat(((Number) closed.get("bytes_up")).longValue()).isEqualTo(800);
        assertThat(session(stopped)).containsEntry("terminate_cause", "USER_REQUEST");
    }

    @Test
    void leavesTheSessionsOfOtherGatewaysOpen() {
        restarting = TestGateway.registered(jdbc(), gateways, "127.0.0.2", radius.acctPort());
        String other = sessionId();
        gateway().account(Acct.start(other, strangerImsi()));

        restarting.account(Acct.accountingOn());

        assertThat(session(other).get("ended_at")).isNull();
    }

    @Test
    void recordsThatTheGatewayRestartedInTheOperatorsEventLog() {
        restarting = TestGateway.registered(jdbc(), gateways, "127.0.0.2", radius.acctPort());
        long before = restartEvents().size();

        restarting.account(Acct.accountingOn());

        List<Map<String, Object>> events = restartEvents();
        assertThat(events).hasSize((int) before + 1);
        assertThat((String) events.get(events.size() - 1).get("description"))
                .startsWith("Gateway pgw-test-127.0.0.2 (127.0.0.2) sent Accounting-On:");
    }

    private List<Map<String, Object>> restartEvents() {
        return jdbc().queryForList(
                        """
                SELECT e.description FROM event e JOIN organisation o ON o.id = e.org_id
                WHERE o.kind = 'OPERATOR' AND e.type = 'GATEWAY_RESTARTED' ORDER BY e.id""");
    }
}
