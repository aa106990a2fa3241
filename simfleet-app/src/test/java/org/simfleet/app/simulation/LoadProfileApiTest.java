package org.simfleet.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simfleet.app.network.RadiusListener;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.simulator.load.AccountingLoad;
import org.simfleet.simulator.load.LoadConfig;
import org.simfleet.simulator.load.LoadReport;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code --profile load}: every request it counts as acknowledged is in the platform's sessions afterwards. */
class LoadProfileApiTest extends ApiTest {

    @Autowired
    RadiusListener radius;

    @Test
    void everyAcknowledgedSessionIsStored() throws Exception {
        Customer c = Customer.create(this, operator(), unique("Load"));
        SimulatedFleet.build(jdbc(), c, 20);
        List<String> imsis =
                jdbc().queryForList("SELECT imsi FROM sim WHERE org_id = ? ORDER BY id", String.class, c.id());
        String address = "127.0.91." + (1 + ProcessHandle.current().pid() % 250);
        Api.Response gw = operator()
                .post(
                        "/api/v1/network/gateways",
                        Map.of("name", "Load PGW " + address, "address", address, "secret", SimulatedNetwork.SECRET));
        assertThat(gw.status()).as("%s", gw).isEqualTo(201);

        LoadReport r = new AccountingLoad(new LoadConfig(
                        imsis,
                        "127.0.0.1",
                        radius.acctPort(),
                        SimulatedNetwork.SECRET,
                        address,
                        32,
                        3,
                        Duration.ofMillis(500),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(2),
                        3,
                        0))
                .run();

        assertThat(r.lost()).isZero();
        assertThat(r.acked()).isEqualTo(r.sent());
        assertThat(r.ackedPerSecond()).isPositive();
        assertThat(r.percentileMillis(0.99)).isPositive();
        assertThat(r.render()).contains("acked_per_s=", "lat_p99_ms=", "lost=0");
        long stored = jdbc().queryForObject(
                        "SELECT COUNT(*) FROM data_session WHERE gateway_address = ? AND ended_at IS NOT NULL",
                        Long.class,
                        address);
        assertThat(stored).isEqualTo(r.sessionsCompleted()).isPositive();
    }
}
