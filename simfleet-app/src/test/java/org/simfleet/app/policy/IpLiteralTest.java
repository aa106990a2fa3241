package org.simfleet.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpLiteralTest {

    @ParameterizedTest
    @CsvSource({
        "192.0.2.53, 192.0.2.53",
        "0.0.0.0, 0.0.0.0",
        "255.255.255.255, 255.255.255.255",
        "2001:0DB8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
        "::1, ::1",
        "1::, 1::",
        "::, ::",
        "::ffff:192.0.2.1, ::ffff:192.0.2.1",
        "64:ff9b::192.0.2.33, 64:ff9b::c000:221",
    })
    void writesTheCanonicalForm(String literal, String canonical) {
        assertThat(IpLiteral.canonical(literal)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "dns.google",
                "localhost",
                "1.2.3",
                "1.2.3.4.5",
                "256.1.1.1",
                "01.2.3.4",
                "1.2.3.-4",
                "1:2:3:4:5:6:7:8:9",
                "1:2:3:4:5:6:7",
                "1::2::3",
                "1:2:3:4:5:6:7::8",
                "12345::",
                "fe80::1%eth0",
                "::ffff:300.1.1.1",
                "g::1",
            })
    void refusesWhatIsNotALiteral(String text) {
        assertThatThrownBy(() -> IpLiteral.canonical(text)).isInstanceOf(IllegalArgumentException.class);
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** Random addresses with runs of zero groups, written in full: the canonical form must denote the same address. */
    @ParameterizedTest
    @MethodSource("seeds")
    void canonicalFormDenotesTheSameAddress(long seed) throws Exception {
        Random random = new Random(seed);
        byte[] bytes = new byte[16];
        StringBuilder full = new StringBuilder();
        for (int g = 0; g < 8; g++) {
            int value = random.nextInt(3) == 0 ? 0 : random.nextInt(0x10000);
            bytes[2 * g] = (byte) (value >> 8);
            bytes[2 * g + 1] = (byte) value;
            full.append(g == 0 ? "" : ":").append(Integer.toHexString(value));
        }

        String canonical = IpLiteral.canonical(full.toString());

        // a literal with ':' is parsed, never looked up, by InetAddress
        assertThat(InetAddress.getByName(canonical).getAddress()).isEqualTo(bytes);
        assertThat(canonical).doesNotContain(":::").doesNotMatch(".*::.*::.*");
        assertThat(IpLiteral.canonical(canonical)).isEqualTo(canonical);
    }
}
