package org.simfleet.simulator.smsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.simfleet.smpp.BindState;
import org.simfleet.smpp.SmppClient;

@Timeout(30)
class SmscMainTest {

    @Test
    void controlCommandsSwitchFaultsAndReportStats() throws Exception {
        RecordingListener listener = new RecordingListener();
        try (SmscSimulator smsc = SmscSimulator.create(Loopback.smsc()).start();
                SmppClient client =
                        SmppClient.create(Loopback.client(smsc), listener).start()) {
            assertThat(client.awaitBound(Duration.ofSeconds(5))).isTrue();
            CountDownLatch quit = new CountDownLatch(1);
            assertThat(SmscMain.command("mo 4915112345678 12345 hello there", smsc, quit))
                    .isEqualTo("ok");
            await().atMost(Duration.ofSeconds(5)).until(() -> listener.messages.size() == 1);
            assertThat(listener.messages.get(0).text()).isEqualTo("hello there");
            assertThat(SmscMain.command("drop 200", smsc, quit)).isEqualTo("ok");
            await().atMost(Duration.ofSeconds(5)).until(() -> client.state() != BindState.BOUND);
            await().atMost(Duration.ofSeconds(5)).until(() -> client.state() == BindState.BOUND);
            assertThat(SmscMain.command("stats", smsc, quit)).contains("connectionsDropped=1");
            assertThat(SmscMain.command("bogus", smsc, quit)).startsWith("error");
            assertThat(SmscMain.command("quit", smsc, quit)).isEqualTo("bye");
            assertThat(quit.getCount()).isZero();
        }
    }

    @Test
    void readsTheBenchmarkMarker() {
        assertThat(SmscMain.marker("Benchmark id=123 text")).isEqualTo("id=123");
        assertThat(SmscMain.marker("no marker")).isNull();
        assertThat(SmscMain.marker("id=x")).isNull();
    }
}
