package org.simfleet.simulator.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void acceptsEveryOptionTheUsageText() {
        Matcher m = Pattern.compile("(?m)^\\s+--([a-z-]+)").matcher(SimulatorMain.USAGE);
        int seen = 0;
        while (m.find()) {
            assertThat(Options.KNOWN)
                    .as("--%s is in the usage text", m.group(1))
                    .contains(m.group(1));
            seen++;
        }
        assertThat(seen).isGreaterThan(20);
    }

    @Test
    void refusesAnOptionItDoesNotKnow() {
        assertThatThrownBy(() -> new Options(new String[] {"--subscriber", "5"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--subscriber");
    }

    @Test
    void readsTheLoadProfilesSubscriberCount() {
        Options o = new Options(new String[] {"--profile", "load", "--subscribers", "1000"});
        assertThat(o.integer("subscribers", 1)).isEqualTo(1000);
    }
}
