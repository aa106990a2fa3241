package org.simfleet.radius.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.simfleet.radius.support.Hex.bytes;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.simfleet.radius.support.Vectors;

class UserPasswordTest {
    private static final byte[] AUTHENTICATOR = bytes("0f403f9473978057bd83d5cb98f4227a");

    @Test
    void revealsTheRfc2865ExamplePassword() {
        RadiusPacket request = RadiusPacket.parse(bytes(Vectors.RFC_7_1_ACCESS_REQUEST));

        byte[] plain = UserPassword.reveal(
                request.attribute(AttributeType.USER_PASSWORD), request.authenticator(), Vectors.RFC_SECRET);

        assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo("arctangent");
    }

    @Test
    void hidesTheRfc2865ExamplePasswordIntoTheRfcOctets() {
        byte[] hidden = UserPassword.hide("arctangent".getBytes(), AUTHENTICATOR, Vectors.RFC_SECRET);

        assertThat(hidden).isEqualTo(bytes("0dbe708d93d413ce3196e43f782a0aee"));
    }

    @Test
    void revealsThePasswordRadclientHid() {
        RadiusPacket request = RadiusPacket.parse(bytes(Vectors.RADCLIENT_ACCESS_REQUEST));

        byte[] plain = UserPassword.reveal(
                request.attribute(AttributeType.USER_PASSWORD), request.authenticator(), Vectors.RADCLIENT_SECRET);

        assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo("secret");
    }

    @Test
    void roundTripsAPasswordOfSeveralBlocks() {
        byte[] password = "a passphrase that spans three blocks of md5".getBytes();

        byte[] hidden = UserPassword.hide(password, AUTHENTICATOR, Vectors.RFC_SECRET);

        assertThat(hidden).hasSize(48);
        assertThat(UserPassword.reveal(hidden, AUTHENTICATOR, Vectors.RFC_SECRET))
                .isEqualTo(password);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 15, 17, 144})
    void refusesAHiddenValueThatIsNotWholeBlocksOf16To128(int length) {
        assertThat(UserPassword.reveal(new byte[length], AUTHENTICATOR, Vectors.RFC_SECRET))
                .isNull();
    }

    @Test
    void refusesToHideMoreThan128Octets() {
        assertThatThrownBy(() -> UserPassword.hide(new byte[129], AUTHENTICATOR, Vectors.RFC_SECRET))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
