package org.simfleet.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsageTextTest {

    @ParameterizedTest
    @CsvSource({"0, 0 B", "999, 999 B", "1000, 1.0 kB", "12345678, 12.3 MB", "999960, 1.0 MB", "45600000000, 45.6 GB"})
    void showsOctetsInDecimalUnits(long octets, String text) {
        assertThat(UsageText.bytes(octets)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"1, User Request", "11, NAS Reboot", "4, Idle Timeout", "99, Cause 99"})
    void namesTheTerminateCauseOfRfc2866InWords(long code, String words) {
        assertThat(TerminateCause.words(TerminateCause.name(code))).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({"3600, '3,600 s'", "5, '5 s'"})
    void describesADeletePdpContextWithUsageDurationAndCause(long seconds, String duration) {
        SessionState s =
                new SessionState(UUID.randomUUID(), new SessionKey("10.0.0.1", "a"), Subscriber.UNKNOWN, Instant.EPOCH);
        s.bytesUp = 12_345_678;
        s.bytesDown = 45_600_000;
        s.close(Instant.EPOCH.plusSeconds(seconds), seconds, TerminateCause.name(1L));

        assertThat(UsageText.deletePdpContext(s))
                .isEqualTo("Delete PDP Context: 12.3 MB up, 45.6 MB down, " + duration + ", User Request");
    }
}
