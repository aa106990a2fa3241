package org.simfleet.smpp.codec;

import java.util.List;
import java.util.Objects;

/**
 * A message as it goes into submit_sm: one short_message per part, each with its user data header when it has one.
 *
 * @param alphabet how the user data is encoded
 * @param dataCoding the submit_sm data_coding (SMPP 3.4 §5.2.19)
 * @param parts the short_message octets of each part, UDH first when {@code userDataHeader} is true
 * @param units the message's length without headers: septets (GSM7, an extension character counts two), 16-bit units
 *     (UCS2) or octets (BINARY)
 * @param userDataHeader whether the parts start with a UDH, so submit_sm sets esm_class UDHI (0x40)
 */
public record EncodedSms(Alphabet alphabet, byte dataCoding, List<byte[]> parts, int units, boolean userDataHeader) {

    public EncodedSms {
        Objects.requireNonNull(alphabet, "alphabet");
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("at least one part");
        }
        if (units < 0) {
            throw new IllegalArgumentException("units must be at least 0: " + units);
        }
    }

    /** How many submit_sm the message takes (what an operator bills). */
    public int partCount() {
        return parts.size();
    }
}
