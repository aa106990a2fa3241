package org.simfleet.simulator.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ConsoleTest {

    /** Records what the console asked for; the simulation's own behaviour is tested with the platform. */
    private static final class Recorded implements Console.Controls {
        final List<String> calls = new CopyOnWriteArrayList<>();
        boolean smsc = true;

        @Override
        public void restartGateway() {
            calls.add("restart");
        }

        @Override
        public void packetLoss(double share) {
            if (share < 0 || share >= 1) {
                throw new IllegalArgumentException("packet loss is a share from 0 to below 1, not " + share);
            }
            calls.add("loss " + share);
        }

        @Override
        public boolean dropSmsc(Duration refuseBindsFor) {
            calls.add("smsc-drop " + refuseBindsFor.toSeconds());
            return smsc;
        }

        @Override
        public String status() {
            return "devices {ONLINE=3}";
        }
    }

    private final Recorded controls = new Recorded();
    private final Console console = new Console(controls, System.out);

    @Test
    void restartsTheGatewayOnDemand() {
        assertThat(console.execute("restart")).contains("Accounting-On");
        assertThat(controls.calls).containsExactly("restart");
    }

    @Test
    void setsPacketLossOnDemand() {
        assertThat(console.execute("  LOSS 0.05 ")).isEqualTo("simulate: packet loss now 0.05");
        assertThat(controls.calls).containsExactly("loss 0.05");
    }

    @Test
    void refusesALossShareOutOfRange() {
        assertThat(console.execute("loss 1.5")).contains("from 0 to below 1");
        assertThat(controls.calls).isEmpty();
    }

    @Test
    void refusesAWordWhereANumberBelongs() {
        assertThat(console.execute("smsc-drop soon")).isEqualTo("simulate: smsc-drop takes a number, not soon");
        assertThat(controls.calls).isEmpty();
    }

    @Test
    void dropsTheSmscConnectionForTheGivenSeconds() {
        assertThat(console.execute("smsc-drop 15")).contains("refusing binds for 15 s");
        assertThat(controls.calls).containsExactly("smsc-drop 15");
    }

    @Test
    void saysSoWhenTheRunHasNoSmsc() {
        controls.smsc = false;
        assertThat(console.execute("smsc-drop 15")).contains("--smsc-port");
    }

    @Test
    void namesTheCommandsForAnUnknownOne() {
        assertThat(console.execute("reboot")).contains("unknown command reboot").contains("restart");
    }

    @Test
    void asksForTheArgumentAMissingOneLeavesOut() {
        assertThat(console.execute("loss")).isEqualTo("simulate: usage: loss SHARE");
    }

    @Test
    void readsCommandsLineByLineUntilTheInputEnds() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Console c = new Console(controls, new PrintStream(printed, true, StandardCharsets.UTF_8));
        c.start(new BufferedReader(new StringReader("restart\nstatus\n")));
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .until(() -> printed.toString(StandardCharsets.UTF_8).contains("ONLINE=3"));
        assertThat(controls.calls).containsExactly("restart");
    }
}
