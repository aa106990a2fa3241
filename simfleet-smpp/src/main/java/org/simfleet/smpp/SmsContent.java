package org.simfleet.smpp;

import java.util.Objects;

/** What an SMS carries: text (encoded by the client) or octets with the caller's own data_coding. */
public sealed interface SmsContent {

    /**
     * Text, sent in the GSM 7-bit default alphabet when every character fits (3GPP TS 23.038 §6.2.1, extension
     * table included), else in UCS-2; split into concatenated parts when too long for one.
     */
    record Text(String text) implements SmsContent {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Octets for device commands and other binary payloads.
     *
     * @param payload the user data, without any header
     * @param dataCoding the SMPP data_coding (SMPP 3.4 §5.2.19), e.g. 0x04 (8-bit binary) or a TS 23.038 DCS such as
     *     0xF5
     * @param userDataHeader the complete user data header as on the air, its length octet (UDHL) first, e.g. {@code
     *     06 05 04 0B 84 23 F0} for an application port; null for none. Long payloads get the concatenation element
     *     added to it.
     */
    record Binary(byte[] payload, byte dataCoding, byte[] userDataHeader) implements SmsContent {
        public Binary {
            Objects.requireNonNull(payload, "payload");
            payload = payload.clone();
            if (userDataHeader != null) {
                if (userDataHeader.length < 1 || (userDataHeader[0] & 0xFF) != userDataHeader.length - 1) {
                    throw new IllegalArgumentException(
                            "userDataHeader must start with its length octet (UDHL = length - 1)");
                }
                userDataHeader = userDataHeader.clone();
            }
        }

        /** 8-bit binary data (data_coding 0x04) without a header. */
        public static Binary of(byte[] payload) {
            return new Binary(payload, (byte) 0x04, null);
        }

        @Override
        public byte[] payload() {
            return payload.clone();
        }

        @Override
        public byte[] userDataHeader() {
            return userDataHeader == null ? null : userDataHeader.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Binary b
                    && dataCoding == b.dataCoding
                    && java.util.Arrays.equals(payload, b.payload)
                    && java.util.Arrays.equals(userDataHeader, b.userDataHeader);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * java.util.Arrays.hashCode(payload) + java.util.Arrays.hashCode(userDataHeader))
                    + dataCoding;
        }

        @Override
        public String toString() {
            return "Binary[" + payload.length + " octets, data_coding=0x" + String.format("%02X", dataCoding)
                    + (userDataHeader == null ? "" : ", udh=" + userDataHeader.length + " octets") + "]";
        }
    }
}
