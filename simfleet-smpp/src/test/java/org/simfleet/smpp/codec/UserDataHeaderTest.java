package org.simfleet.smpp.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.simfleet.smpp.Hex;

class UserDataHeaderTest {

    @Test
    void readsThe8BitConcatenationElement() {
        UserDataHeader.Parsed udh = UserDataHeader.parse(Hex.bytes("05 00 03 A1 03 02 41 42"));
        assertThat(udh.length()).isEqualTo(6);
        assertThat(udh.concatenation()).isEqualTo(new UserDataHeader.Concatenation(0xA1, 3, 2));
    }

    @Test
    void readsThe16BitConcatenationElement() {
        UserDataHeader.Parsed udh = UserDataHeader.parse(Hex.bytes("06 08 04 12 34 03 01 41"));
        assertThat(udh.length()).isEqualTo(7);
        assertThat(udh.concatenation()).isEqualTo(new UserDataHeader.Concatenation(0x1234, 3, 1));
    }

    @Test
    void findsConcatenationAfterOtherElements() {
        UserDataHeader.Parsed udh = UserDataHeader.parse(Hex.bytes("0B 05 04 0B 84 23 F0 00 03 33 02 01 FF"));
        assertThat(udh.length()).isEqualTo(12);
        assertThat(udh.concatenation()).isEqualTo(new UserDataHeader.Concatenation(0x33, 2, 1));
    }

    @Test
    void ignoresAConcatenationElementWithSequenceZeroOrAboveTheTotal() {
        assertThat(UserDataHeader.parse(Hex.bytes("05 00 03 01 02 00")).concatenation())
                .isNull();
        assertThat(UserDataHeader.parse(Hex.bytes("05 00 03 01 02 03")).concatenation())
                .isNull();
    }

    @Test
    void answersNullWhenTheHeaderRunsPastTheMessage() {
        assertThat(UserDataHeader.parse(Hex.bytes("09 00 03 01 02 01"))).isNull();
        assertThat(UserDataHeader.parse(Hex.bytes("04 00 05 01 02"))).isNull();
        assertThat(UserDataHeader.parse(new byte[0])).isNull();
    }
}
